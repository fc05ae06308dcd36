// Plan review (Pages/Plans): sends the run form and the accept/reject forms to the API (POST /api/corridors/{id}/plans,
// POST …/matches/{id}/decision; the sign-in cookie authenticates) so the page shows progress and updates in place.
// Without JavaScript the same forms post to the page, which redirects. Field errors of a ValidationProblem are shown
// next to their fields and in the alert box; any other ProblemDetails by its detail (or title).
(function () {
    'use strict';

    function send(url, payload) {
        return fetch(url, {
            method: 'POST', body: JSON.stringify(payload), credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
        });
    }

    async function json(response) {
        try { return await response.json(); } catch { return null; }
    }

    // A ProblemDetails' message: its detail, else its title, else the HTTP status.
    function problem(response, body) {
        return body && (body.detail || body.title) ? body.detail || body.title : 'HTTP ' + response.status;
    }

    // A number typed with a point or a comma, as the server reads the plain form; null when it is not one.
    function number(text) {
        const t = (text || '').trim().replace(',', '.');
        const n = t === '' ? NaN : Number(t);
        return Number.isFinite(n) ? n : null;
    }

    // The run form: busy state, elapsed seconds, then the new plan; errors in the alert box.
    const run = document.getElementById('run-form');
    if (run) {
        const button = document.getElementById('run-submit');
        const status = document.getElementById('run-status');
        const text = status.querySelector('.text');
        const errors = document.getElementById('run-errors');
        const list = errors.querySelector('ul');
        const vehicle = document.getElementById('run-vehicle');
        const electric = document.getElementById('run-electric-field');
        const showElectric = function () { electric.hidden = vehicle.value !== 'electric'; };
        vehicle.addEventListener('change', showElectric);
        showElectric();

        const labels = JSON.parse(run.dataset.labels || '{}');
        const slots = run.querySelectorAll('[data-error-for]');

        // Clears the field errors, then shows the given ones ({ field: [messages] }) beside their fields and in the list.
        function fieldErrors(errors) {
            slots.forEach(function (s) { s.hidden = true; s.textContent = ''; });
            run.querySelectorAll('[data-field]').forEach(function (f) { f.removeAttribute('aria-invalid'); });
            const items = [];
            for (const [field, messages] of Object.entries(errors || {})) {
                const slot = run.querySelector('[data-error-for="' + field + '"]');
                if (slot) { slot.textContent = messages.join(' '); slot.hidden = false; }
                const input = run.querySelector('[data-field="' + field + '"]');
                if (input) input.setAttribute('aria-invalid', 'true');
                messages.forEach(function (m) { items.push({ field: field, text: (labels[field] || field) + ': ' + m }); });
            }
            return items;
        }

        function fail(items) {
            list.replaceChildren(...items.map(function (m) {
                const li = document.createElement('li');
                if (m.field) li.dataset.field = m.field;
                li.textContent = m.text;
                return li;
            }));
            errors.hidden = false;
            errors.focus();
        }

        // The form as a PlanRequest; numbers that are not numbers come back as errors, worded as the server words them.
        function request() {
            const value = function (name) { const f = run.elements.namedItem(name); return f ? f.value : ''; };
            const invalid = {};
            const distance = number(value('MaxDistanceKm'));
            if (distance === null) invalid.maxDistanceKm = [run.dataset.notANumber];
            const detour = number(value('DetourFactor'));
            if (detour === null) invalid.detourFactor = [run.dataset.notANumber];
            const vehicleKey = value('Vehicle').trim();
            let factor = null;
            if (vehicleKey === 'electric' && value('ElectricCo2eKgPerTonneKm').trim() !== '') {
                factor = number(value('ElectricCo2eKgPerTonneKm'));
                if (factor === null) invalid.electricCo2eKgPerTonneKm = [run.dataset.notANumber];
            }
            if (Object.keys(invalid).length > 0) return { invalid: invalid };
            return {
                body: {
                    maxDistanceKm: distance, vehicle: vehicleKey, electricCo2eKgPerTonneKm: factor, detourFactor: detour,
                    resolution: value('Resolution').trim(),
                },
            };
        }

        run.addEventListener('submit', async function (e) {
            e.preventDefault();
            errors.hidden = true;
            fieldErrors({});
            const req = request();
            if (req.invalid) {
                fail(fieldErrors(req.invalid));
                return;
            }
            const started = Date.now(), msPerSecond = 1000;
            const tick = function () { text.textContent = run.dataset.running + ' ' + Math.floor((Date.now() - started) / msPerSecond) + ' ' + run.dataset.seconds; };
            button.disabled = true;
            run.setAttribute('aria-busy', 'true');
            status.classList.add('busy');
            tick();
            const timer = setInterval(tick, msPerSecond);
            let leaving = false;
            try {
                const response = await send(run.dataset.api, req.body);
                const body = await json(response);
                if (response.status === 201 && body && body.id) {
                    leaving = true;
                    text.textContent = run.dataset.done;
                    window.location.assign(run.dataset.planUrl.replace('{id}', encodeURIComponent(body.id)));
                    return;
                }
                if (response.status === 400 && body && body.errors) fail(fieldErrors(body.errors));
                // Agreed matches the plan cannot keep: the problem's detail, then each conflict with what to resolve.
                else if (response.status === 409 && body && Array.isArray(body.conflicts))
                    fail([{ text: body.detail || body.title }].concat(body.conflicts.map(function (c) { return { text: c.message }; })));
                else fail([{ text: run.dataset.failed + ' (HTTP ' + response.status + ')' + (body && body.detail ? ': ' + body.detail : '') }]);
                text.textContent = run.dataset.failed + '.';
            } catch {
                fail([{ text: run.dataset.network }]);
                text.textContent = run.dataset.failed + '.';
            } finally {
                clearInterval(timer);
                if (!leaving) {
                    button.disabled = false;
                    run.removeAttribute('aria-busy');
                    status.classList.remove('busy');
                }
            }
        });
    }

    // Accept / reject: the row shows the new status in place; rejecting asks for an optional reason first.
    const table = document.getElementById('match-table');
    if (!table) return;
    const announce = document.getElementById('decision-status');
    const dialog = document.getElementById('reject-dialog');
    const map = document.getElementById('plan-map');
    const statusLabels = JSON.parse(table.dataset.labels || '{}');

    // The API's refusal as one line: the field errors of a ValidationProblem, else the problem's detail or title.
    function refusal(response, body) {
        if (response.status === 401) return table.dataset.signin;
        if (body && body.errors) return Object.values(body.errors).flat().join(' ');
        return problem(response, body);
    }

    async function decide(form, status, reason) {
        const row = form.closest('tr');
        const cell = row.querySelector('td.status');
        const buttons = form.querySelectorAll('button');
        buttons.forEach(function (b) { b.disabled = true; });
        row.setAttribute('aria-busy', 'true');
        try {
            const response = await send(table.dataset.api + '/' + encodeURIComponent(row.dataset.match) + '/decision', { status: status, reason: reason || null });
            const body = await json(response);
            if (!response.ok || !body || !body.status) throw new Error(refusal(response, body));
            const label = statusLabels[body.status] || body.status;
            row.dataset.status = body.status;
            const state = document.createElement('span');
            state.className = 'state state-' + body.status;
            state.textContent = label;
            cell.replaceChildren(state);
            if (body.statusReason) {
                const why = document.createElement('span');
                why.className = 'muted small reason';
                why.textContent = body.statusReason;
                cell.append(document.createElement('br'), why);
            }
            form.remove();
            if (map && body.status === 'rejected') {
                map.querySelectorAll('path.plan-line[data-match="' + row.dataset.match + '"]').forEach(function (p) { p.classList.add('plan-line-rejected'); });
            }
            announce.textContent = row.querySelector('th').innerText.split('\n')[0] + ': ' + label;
            cell.focus();
        } catch (err) {
            buttons.forEach(function (b) { b.disabled = false; });
            announce.textContent = table.dataset.error + ': ' + err.message;
            let note = row.querySelector('.decide .error');
            if (!note) { note = document.createElement('span'); note.className = 'error small'; row.querySelector('.decide').append(note); }
            note.textContent = table.dataset.error + ': ' + err.message;
        } finally {
            row.removeAttribute('aria-busy');
        }
    }

    table.addEventListener('submit', function (e) {
        const form = e.target.closest('form.decide-form');
        if (!form) return;
        e.preventDefault();
        const status = e.submitter ? e.submitter.value : 'accepted';
        if (status !== 'rejected' || !dialog || typeof dialog.showModal !== 'function') {
            decide(form, status, '');
            return;
        }
        const row = form.closest('tr');
        dialog.querySelector('.reject-what').textContent = row.querySelector('th').innerText.split('\n')[0] + ' → ' + row.cells[1].innerText.split('\n')[0];
        dialog.querySelector('textarea').value = '';
        dialog.returnValue = '';
        dialog.onclose = function () {
            if (dialog.returnValue === 'reject') decide(form, 'rejected', dialog.querySelector('textarea').value.trim());
            else if (e.submitter) e.submitter.focus();
        };
        dialog.showModal();
    });

    // Hovering or focusing a row lights up its lines on the map.
    if (map) {
        const highlight = function (id) { map.dispatchEvent(new CustomEvent('corridor:highlight', { detail: id })); };
        table.addEventListener('mouseover', function (e) { const r = e.target.closest('tr[data-match]'); if (r) highlight(r.dataset.match); });
        table.addEventListener('focusin', function (e) { const r = e.target.closest('tr[data-match]'); if (r) highlight(r.dataset.match); });
        table.addEventListener('mouseleave', function () { highlight(''); });
    }
})();

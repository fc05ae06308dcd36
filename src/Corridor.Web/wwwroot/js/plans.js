// Plan review (Pages/Plans): sends the run form and the accept/reject forms with fetch so the page shows progress and
// updates in place. Without JavaScript the same forms post normally and the server redirects.
(function () {
    'use strict';

    function post(form, extra) {
        const body = new FormData(form);
        for (const [k, v] of Object.entries(extra || {})) body.set(k, v);
        return fetch(form.action, { method: 'POST', body: body, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    }

    async function json(response) {
        try { return await response.json(); } catch { return null; }
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

        function fail(items) {
            list.replaceChildren(...items.map(function (m) { const li = document.createElement('li'); li.textContent = m; return li; }));
            errors.hidden = false;
            errors.focus();
        }

        run.addEventListener('submit', async function (e) {
            e.preventDefault();
            const started = Date.now(), msPerSecond = 1000;
            const tick = function () { text.textContent = run.dataset.running + ' ' + Math.floor((Date.now() - started) / msPerSecond) + ' ' + run.dataset.seconds; };
            errors.hidden = true;
            button.disabled = true;
            run.setAttribute('aria-busy', 'true');
            status.classList.add('busy');
            tick();
            const timer = setInterval(tick, msPerSecond);
            let leaving = false;
            try {
                const response = await post(run);
                const body = await json(response);
                if (response.ok && body && body.url) {
                    leaving = true;
                    text.textContent = run.dataset.done;
                    window.location.assign(body.url);
                    return;
                }
                if (body && body.errors) fail(body.errors.map(function (x) { return x.label + ': ' + x.message; }));
                else fail([run.dataset.failed + ' (HTTP ' + response.status + ')' + (body && body.detail ? ': ' + body.detail : '')]);
                text.textContent = run.dataset.failed + '.';
            } catch {
                fail([run.dataset.network]);
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

    async function decide(form, status, reason) {
        const row = form.closest('tr');
        const cell = row.querySelector('td.status');
        const buttons = form.querySelectorAll('button');
        buttons.forEach(function (b) { b.disabled = true; });
        row.setAttribute('aria-busy', 'true');
        try {
            const response = await post(form, { status: status, reason: reason || '' });
            const body = await json(response);
            if (!response.ok || !body || !body.status) throw new Error(body && body.error ? body.error : 'HTTP ' + response.status);
            row.dataset.status = body.status;
            const state = document.createElement('span');
            state.className = 'state state-' + body.status;
            state.textContent = body.label;
            cell.replaceChildren(state);
            if (body.reason) {
                const why = document.createElement('span');
                why.className = 'muted small reason';
                why.textContent = body.reason;
                cell.append(document.createElement('br'), why);
            }
            form.remove();
            if (map && body.status === 'rejected') {
                map.querySelectorAll('path.plan-line[data-match="' + row.dataset.match + '"]').forEach(function (p) { p.classList.add('plan-line-rejected'); });
            }
            announce.textContent = row.querySelector('th').innerText.split('\n')[0] + ': ' + body.label;
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

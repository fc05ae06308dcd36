// Draws every map on a page from the JSON its element names (data-points). Needs Leaflet (wwwroot/lib/leaflet),
// leaflet.markercluster and topojson-client. The base map is a tile source (data-tiles, from Corridor:Map:TileUrl; the
// PDOK BRT background map by default). Underneath it, always, lie country borders and coastlines from Natural Earth
// (data-atlas: world-atlas countries-50m TopoJSON served from wwwroot/lib), so a map that cannot reach its tiles
// (offline, a closed network) still shows land, sea and borders instead of a blank square.
(function () {
    'use strict';

    // The same shapes as Pages/Shared/_Symbol.cshtml.
    const shapes = {
        donor: '<polygon points="10,2 18.5,17 1.5,17" fill="#b5541c" stroke="#fff" stroke-width="1.5"/>',
        receiver: '<circle cx="10" cy="10" r="7.5" fill="#1f5fa8" stroke="#fff" stroke-width="1.5"/>',
        both: '<g stroke="#fff" stroke-width="1.5"><rect x="2.5" y="2.5" width="7.5" height="15" fill="#b5541c"/><rect x="10" y="2.5" width="7.5" height="15" fill="#1f5fa8"/></g>',
        hub: '<polygon points="10,1.5 17.5,5.8 17.5,14.2 10,18.5 2.5,14.2 2.5,5.8" fill="#1f7a5c" stroke="#fff" stroke-width="1.5"/>',
        lot: '<rect x="3" y="3" width="14" height="14" rx="3" fill="#b5541c" stroke="#fff" stroke-width="1.5"/>',
        origin: '<g stroke="#111" stroke-width="2.5"><line x1="10" y1="1" x2="10" y2="19"/><line x1="1" y1="10" x2="19" y2="10"/></g><circle cx="10" cy="10" r="4" fill="#fff" stroke="#111" stroke-width="2"/>'
    };

    function escapeHtml(text) {
        const div = document.createElement('div');
        div.textContent = text == null ? '' : String(text);
        return div.innerHTML;
    }

    function icon(kind, shift) {
        return L.divIcon({
            className: 'map-symbol map-symbol-' + kind,
            html: '<svg width="22" height="22" viewBox="0 0 20 20" aria-hidden="true" focusable="false">' + (shapes[kind] || shapes.lot) + '</svg>',
            iconSize: [22, 22],
            // Points at one place (e.g. a demolition and the new build on its site) are fanned out sideways.
            iconAnchor: [11 - shift * 14, 11]
        });
    }

    function grid(map, bounds, pane) {
        const step = 0.1;
        const south = Math.floor(bounds.getSouth() / step) * step - step, north = bounds.getNorth() + step;
        const west = Math.floor(bounds.getWest() / step) * step - step, east = bounds.getEast() + step;
        const style = { color: '#b3c4bf', weight: 1, interactive: false, pane: pane };
        for (let lat = south; lat <= north; lat += step) L.polyline([[lat, west], [lat, east]], style).addTo(map);
        for (let lon = west; lon <= east; lon += step) L.polyline([[south, lon], [north, lon]], style).addTo(map);
    }

    // One fetch of the atlas per page, shared by its maps.
    const atlases = new Map();
    function loadAtlas(url) {
        if (!atlases.has(url)) atlases.set(url, fetch(url).then(r => { if (!r.ok) throw new Error(r.status); return r.json(); }));
        return atlases.get(url);
    }

    // Land (filled), coastlines and country borders from the Natural Earth TopoJSON, in a pane beneath the tiles.
    function drawAtlas(map, element) {
        if (!element.dataset.atlas || typeof topojson === 'undefined') return;
        const renderer = L.svg({ pane: 'atlas', padding: 0.5 });
        loadAtlas(element.dataset.atlas).then(function (world) {
            const countries = world.objects.countries;
            L.geoJSON(topojson.feature(world, countries), { renderer: renderer, interactive: false, style: { stroke: false, fillColor: '#eef1e6', fillOpacity: 1 } }).addTo(map);
            L.geoJSON(topojson.mesh(world, countries, (a, b) => a === b), { renderer: renderer, interactive: false, style: { color: '#6b8fa8', weight: 1.2, fill: false } }).addTo(map);
            L.geoJSON(topojson.mesh(world, countries, (a, b) => a !== b), { renderer: renderer, interactive: false, style: { color: '#8a7f8f', weight: 1.5, dashArray: '6 3', fill: false } }).addTo(map);
            map.attributionControl.addAttribution('Natural Earth');
            element.dataset.atlasReady = 'true';
        }).catch(function () { element.dataset.atlasReady = 'failed'; });
    }

    // Plan lines: direct supply-to-demand solid and dark, the two legs through a hub dashed and green; wider for more
    // tonnes. The same formula as MapOptions.LineWeight, which draws the legend.
    const lineStyles = {
        direct: { color: '#1d2b2a', opacity: 0.75 },
        'via-hub': { color: '#1f7a5c', opacity: 0.85, dashArray: '7 5' }
    };

    const KG_PER_TONNE = 1000;

    function lineWeight(tonnes) {
        return Math.min(10, 1.5 + 2 * Math.log10(1 + Math.max(0, tonnes)));
    }

    function drawLines(map, lines) {
        for (const l of lines) {
            const style = lineStyles[l.kind] || lineStyles.direct;
            const line = L.polyline([[l.fromLat, l.fromLon], [l.toLat, l.toLon]],
                Object.assign({ weight: lineWeight(l.massKg / KG_PER_TONNE), className: 'plan-line plan-line-' + l.kind + (l.state ? ' plan-line-' + l.state : '') }, style)).addTo(map);
            const el = line.getElement();
            el.dataset.match = l.match;
            el.dataset.kind = l.kind;
            el.dataset.tonnes = (l.massKg / 1000).toFixed(3);
            line.bindTooltip(escapeHtml(l.label), { sticky: true });
        }
        // Lets the match table light up the lines of one match (data-match on its rows).
        map.getContainer().addEventListener('corridor:highlight', function (e) {
            map.getContainer().querySelectorAll('path.plan-line').forEach(function (p) {
                p.classList.toggle('plan-line-active', p.dataset.match === String(e.detail));
            });
        });
    }

    // Cluster symbols name how many places they stand for; the number is also text for screen readers.
    function clusterIcon(template) {
        return function (cluster) {
            const n = cluster.getChildCount();
            const size = n < 10 ? 'small' : n < 100 ? 'medium' : 'large';
            return L.divIcon({
                className: 'map-cluster map-cluster-' + size,
                html: '<span aria-hidden="true">' + n + '</span><span class="visually-hidden">' + escapeHtml(template.replace('{0}', n)) + '</span>',
                iconSize: L.point(40, 40)
            });
        };
    }

    function draw(element) {
        const points = JSON.parse(document.getElementById(element.dataset.points).textContent);
        const maxZoom = parseInt(element.dataset.maxZoom, 10) || 19;
        const map = L.map(element, { keyboard: true, zoomSnap: 0.25, maxZoom: maxZoom });
        let bounds = L.latLngBounds([[52.0, 5.2], [52.3, 5.6]]);
        map.createPane('atlas');
        map.getPane('atlas').style.zIndex = 150; // below the tile pane (200)
        map.createPane('atlas-grid');
        map.getPane('atlas-grid').style.zIndex = 160; // above the atlas's land, still below the tiles
        drawAtlas(map, element);
        const tiles = element.dataset.tiles;
        if (tiles) {
            const layer = L.tileLayer(tiles, { maxZoom: maxZoom, attribution: escapeHtml(element.dataset.attribution || '') }).addTo(map);
            // Tiles that cannot be reached leave the atlas beneath them visible; the map says so once.
            layer.once('tileerror', function () {
                grid(map, bounds.pad(2), 'atlas-grid'); // at town scale the atlas is all land: the grid still shows distance
                element.classList.add('map-offline');
                element.dataset.tiles = 'unreachable';
                map.attributionControl.addAttribution(escapeHtml(element.dataset.offline));
            });
        } else {
            element.classList.add('map-plain');
            map.attributionControl.addAttribution(escapeHtml(element.dataset.noTiles));
        }
        L.control.scale({ imperial: false }).addTo(map);

        // The view must be set before markers are added: Leaflet creates their elements only on a loaded map.
        bounds = points.length ? L.latLngBounds(points.map(p => [p.lat, p.lon])) : L.latLngBounds([[52.0, 5.2], [52.3, 5.6]]);
        map.fitBounds(bounds.pad(0.15), { maxZoom: 14 });
        if (!tiles) grid(map, bounds.pad(2), 'atlas-grid');

        if (element.dataset.lines) drawLines(map, JSON.parse(document.getElementById(element.dataset.lines).textContent));

        const clusterAbove = parseInt(element.dataset.clusterAbove, 10);
        const clustered = typeof L.markerClusterGroup === 'function' && !isNaN(clusterAbove) && points.length > clusterAbove;
        const layer = clustered
            ? L.markerClusterGroup({ iconCreateFunction: clusterIcon(element.dataset.clusterLabel || '{0}'), showCoverageOnHover: false, maxClusterRadius: 50 })
            : map;
        if (clustered) element.classList.add('map-clustered');

        const seen = new Map();
        for (const p of points) {
            const key = p.lat.toFixed(4) + ',' + p.lon.toFixed(4);
            const shift = clustered ? 0 : seen.get(key) || 0; // clusters spiderfy places that coincide
            seen.set(key, shift + 1);
            const marker = L.marker([p.lat, p.lon], { icon: icon(p.kind, shift), title: p.label, keyboard: true, riseOnHover: true });
            // In a cluster group a marker's element is made (and made again) only when it is shown.
            marker.on('add', function () {
                const el = marker.getElement();
                el.setAttribute('aria-label', p.label + (p.detail ? ' — ' + p.detail : ''));
                el.dataset.kind = p.kind;
                if (p.code) el.dataset.code = p.code;
            });
            let html = '<strong>' + (p.href ? '<a href="' + escapeHtml(p.href) + '">' + escapeHtml(p.label) + '</a>' : escapeHtml(p.label)) + '</strong>';
            if (p.detail) html += '<br>' + escapeHtml(p.detail);
            marker.bindPopup(html);
            layer.addLayer(marker);
        }
        if (clustered) map.addLayer(layer);

        const lat = element.dataset.pickLat && document.getElementById(element.dataset.pickLat);
        const lon = element.dataset.pickLon && document.getElementById(element.dataset.pickLon);
        if (lat && lon) {
            element.classList.add('map-pick');
            map.on('click', function (e) {
                lat.value = e.latlng.lat.toFixed(5);
                lon.value = e.latlng.lng.toFixed(5);
                lat.dispatchEvent(new Event('change', { bubbles: true }));
                lat.focus();
            });
        }
        element.dataset.ready = 'true';
    }

    document.querySelectorAll('.map[data-points]').forEach(draw);
})();

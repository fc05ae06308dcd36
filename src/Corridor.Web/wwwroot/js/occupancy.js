// Hub occupancy charts (Pages/Hubs): occupied m² per period as an area against the capacity line, and the stock in
// tonnes on a second axis. The m² axis reaches the capacity, or fits the stock when the page says so (a hub used for a
// few per cent of its area); a checkbox switches between the two.
(function () {
    'use strict';
    document.querySelectorAll('canvas[data-occupancy-chart]').forEach(function (canvas) {
        const d = JSON.parse(document.getElementById(canvas.dataset.occupancyChart).textContent);
        const format = new Intl.NumberFormat(d.locale, { maximumFractionDigits: 1 });
        const areaMax = function (toCapacity) { return toCapacity ? d.capacity * 1.05 : undefined; };
        const chart = new Chart(canvas, {
            type: 'line',
            data: {
                labels: d.labels,
                datasets: [
                    { label: d.names.area, data: d.area, yAxisID: 'area', borderColor: '#1f7a5c', backgroundColor: 'rgba(31,122,92,.25)', fill: 'origin', stepped: true, pointRadius: 0, borderWidth: 2.5 },
                    { label: d.names.capacity, data: d.labels.map(function () { return d.capacity; }), yAxisID: 'area', borderColor: '#c0392b', borderDash: [6, 4], pointRadius: 0, borderWidth: 2, fill: false },
                    { label: d.names.tonnes, data: d.tonnes, yAxisID: 'tonnes', borderColor: '#b5541c', backgroundColor: '#b5541c', borderDash: [2, 3], stepped: true, pointRadius: 0, borderWidth: 1.5, fill: false }
                ]
            },
            options: {
                maintainAspectRatio: false,
                animation: false,
                interaction: { mode: 'index', intersect: false },
                scales: {
                    area: { position: 'left', beginAtZero: true, max: areaMax(d.toCapacity), title: { display: true, text: d.names.areaAxis }, ticks: { callback: function (v) { return format.format(v); } } },
                    tonnes: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: d.names.tonnesAxis }, ticks: { callback: function (v) { return format.format(v); } } },
                    x: { ticks: { autoSkip: true, maxRotation: 0 } }
                },
                plugins: {
                    legend: { labels: { boxWidth: 12 } },
                    tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + format.format(c.parsed.y); } } }
                }
            }
        });
        // Zoomed to the stock, the capacity line is hidden (struck through in the legend) so the axis fits the stock.
        const toCapacity = function (on) {
            chart.options.scales.area.max = areaMax(on);
            chart.setDatasetVisibility(1, on);
            chart.update();
        };
        toCapacity(d.toCapacity);
        canvas.dataset.ready = 'true';

        const scale = document.querySelector('input[data-capacity-scale="' + canvas.id + '"]');
        if (scale) {
            scale.addEventListener('change', function () { toCapacity(scale.checked); });
        }
    });
})();

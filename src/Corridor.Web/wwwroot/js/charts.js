// Draws the calendar's supply-against-demand charts (Chart.js, wwwroot/lib/chart.js) from the JSON each canvas names.
(function () {
    'use strict';
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        const d = JSON.parse(document.getElementById(canvas.dataset.chart).textContent);
        const format = new Intl.NumberFormat(d.locale, { maximumFractionDigits: 1 });
        new Chart(canvas, {
            data: {
                labels: d.labels,
                datasets: [
                    { type: 'bar', label: d.names.supply, data: d.supply, backgroundColor: 'rgba(181,84,28,.75)', order: 2 },
                    { type: 'bar', label: d.names.demand, data: d.demand, backgroundColor: 'rgba(31,95,168,.75)', order: 3 },
                    { type: 'line', label: d.names.balance, data: d.balance, borderColor: '#1d2b2a', backgroundColor: '#1d2b2a', borderWidth: 2, pointRadius: 2, order: 1 }
                ]
            },
            options: {
                maintainAspectRatio: false,
                animation: false,
                interaction: { mode: 'index', intersect: false },
                scales: {
                    y: { title: { display: true, text: d.names.axis }, ticks: { callback: function (v) { return format.format(v); } } },
                    x: { ticks: { autoSkip: true, maxRotation: 0 } }
                },
                plugins: {
                    legend: { labels: { boxWidth: 12 } },
                    tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + format.format(c.parsed.y); } } }
                }
            }
        });
    });
})();

// Draws the growth page's radar chart (Chart.js): one dataset per assessment date plus the levels the data supports.
(function () {
    'use strict';
    const colours = ['#1f5fa8', '#b5541c', '#2e7d4f', '#7a3fa0', '#a0863f', '#3f8fa0'];
    document.querySelectorAll('canvas[data-radar]').forEach(function (canvas) {
        const d = JSON.parse(document.getElementById(canvas.dataset.radar).textContent);
        const last = d.datasets.length - 1;
        new Chart(canvas, {
            type: 'radar',
            data: {
                labels: d.labels,
                datasets: d.datasets.map(function (s, i) {
                    const c = i === last ? '#1d2b2a' : colours[i % colours.length];
                    return { label: s.label, data: s.data, borderColor: c, backgroundColor: c + '22', borderDash: i === last ? [6, 4] : [], pointRadius: 3 };
                })
            },
            options: {
                maintainAspectRatio: false,
                animation: false,
                scales: { r: { min: 0, max: 5, ticks: { stepSize: 1, callback: function (v) { return v > 0 ? v + ' ' + d.levels[v - 1] : ''; } } } },
                plugins: { legend: { labels: { boxWidth: 12 } } }
            }
        });
        canvas.dataset.ready = 'true';
    });
})();

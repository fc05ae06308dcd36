// A point and a project are two ways to give the search origin: choosing one clears the other.
(function () {
    'use strict';
    const project = document.getElementById('f-project');
    const lat = document.getElementById('f-lat');
    const lon = document.getElementById('f-lon');
    if (!project || !lat || !lon) return;
    project.addEventListener('change', function () { if (project.value) { lat.value = ''; lon.value = ''; } });
    lat.addEventListener('change', function () { if (lat.value) project.value = ''; });
})();

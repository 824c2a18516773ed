/*
 * The pages' few behaviours, bound here rather than in inline handlers, so that the Content-Security-Policy can
 * refuse every inline script: a select marked data-submit-on-change sends its form, and a checkbox marked
 * data-select-all ticks or unticks every "selected" box of its form; a file field marked data-chosen names the
 * chosen file in the element of that id (the field itself is hidden behind a label in the page's language).
 */
document.addEventListener('DOMContentLoaded', () => {
    for (const select of document.querySelectorAll('[data-submit-on-change]')) {
        select.addEventListener('change', () => select.form.submit());
    }
    for (const all of document.querySelectorAll('[data-select-all]')) {
        all.addEventListener('click', () => {
            for (const box of all.form.querySelectorAll('input[name=selected]')) {
                box.checked = all.checked;
            }
            for (const file of document.querySelectorAll('input[type=file][data-chosen]')) {
        const chosen = document.getElementById(file.dataset.chosen);
        file.addEventListener('change', () => {
            chosen.textContent = file.files.length > 0 ? file.files[0].name : chosen.dataset.none;
        });
    }
});
    }
    for (const file of document.querySelectorAll('input[type=file][data-chosen]')) {
        const chosen = document.getElementById(file.dataset.chosen);
        file.addEventListener('change', () => {
            chosen.textContent = file.files.length > 0 ? file.files[0].name : chosen.dataset.none;
        });
    }
});

/*
 * The pages' few behaviours, bound here rather than in inline handlers, so that the Content-Security-Policy can
 * refuse every inline script: a select marked data-submit-on-change sends its form, and a checkbox marked
 * data-select-all ticks or unticks every "selected" box of its form.
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
        });
    }
});

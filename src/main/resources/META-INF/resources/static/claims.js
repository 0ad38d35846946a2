// The claim list: one box ticks every claim of the page for the bulk form.
document.addEventListener('DOMContentLoaded', () => {
  const all = document.getElementById('tick-all');
  if (!all) return;
  all.addEventListener('change', () => {
    document.querySelectorAll('#bulk-form input[name=ids]').forEach((b) => { b.checked = all.checked; });
  });
});

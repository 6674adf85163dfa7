// The examples gallery: www/examples/index.json lists the programs (name,
// title); each is examples/NAME.py, with its expected output in NAME.out
// (checked by tests/js/playground.test.mjs).

export async function loadGallery(select, onPick) {
  const list = await (await fetch('examples/index.json')).json();
  for (const { name, title } of list) {
    const option = document.createElement('option');
    option.value = name;
    option.textContent = title;
    select.append(option);
  }
  select.addEventListener('change', async () => {
    const name = select.value;
    if (!name) return;
    const source = await (await fetch(`examples/${name}.py`)).text();
    onPick(name, source);
  });
  return list;
}

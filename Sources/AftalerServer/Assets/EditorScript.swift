/// The page's one script, plain JavaScript with no library: the editor's live check and preview,
/// rows to add and remove, the block picker, saving (with the review of a status change and the
/// conflict view), and the id proposed on the new-agreement page. Pages work for reading without
/// it. It reads the form only through the `data-*` names `EditorPage` writes, and it never builds
/// HTML from the sources: the preview and the diagnostics' texts come escaped from the server or
/// are set as text.
enum EditorScript {
    static let source = #"""
"use strict";
(function () {
  const token = () => document.querySelector('meta[name="csrf-token"]').content;

  // A server restarted since the page was opened no longer knows its session (403): the page gets a
  // new session and token from a fresh copy of itself and sends the request once more, so that an
  // edit is not lost to a restart.
  async function renewSession() {
    const response = await fetch(location.pathname, { credentials: "same-origin" });
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    const fresh = page.querySelector('meta[name="csrf-token"]');
    if (fresh) document.querySelector('meta[name="csrf-token"]').content = fresh.content;
  }

  async function post(url, body, renewed) {
    const response = await fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": token() },
      body: JSON.stringify(body),
    });
    if (response.status === 403 && !renewed) {
      await renewSession();
      return post(url, body, true);
    }
    const type = response.headers.get("Content-Type") || "";
    const data = type.startsWith("application/json") ? await response.json() : { message: await response.text() };
    return { status: response.status, data };
  }

  function element(name, text, className) {
    const node = document.createElement(name);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function setupNewAgreement() {
    const title = document.getElementById("ny-titel");
    const output = document.getElementById("ny-id");
    if (!title || !output) return;
    let timer;
    const propose = async () => {
      const response = await fetch("/api/id-forslag?titel=" + encodeURIComponent(title.value));
      output.textContent = (await response.json()).id || "–";
    };
    title.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(propose, 200); });
    propose();
  }

  function setupEditor() {
    const editor = document.getElementById("editor");
    if (!editor) return;
    const id = editor.dataset.id;
    let base = document.getElementById("base-text").value;
    let tag = editor.dataset.tag;
    const state = document.getElementById("save-state");
    const diagnosticsBox = document.getElementById("diagnostics");
    const preview = document.getElementById("preview");
    let sequence = 0, timer = null, lastSection = null, rowCounter = 0, dirty = false;
    if (new URLSearchParams(location.search).get("gemt") === "1") state.textContent = "Gemt";

    // The source editor sends the whole text as it stands, with an empty form (nothing to write into it).
    const sourceArea = document.getElementById("source-text");
    function edited() {
      return sourceArea ? { base: sourceArea.value, form: {} } : { base, form: collectForm() };
    }

    function collectForm() {
      const form = { values: {}, lists: {}, records: {}, sections: [] };
      editor.querySelectorAll("[data-value]").forEach((input) => { form.values[input.dataset.value] = input.value; });
      editor.querySelectorAll("fieldset[data-list]").forEach((set) => {
        const boxes = Array.from(set.querySelectorAll('input[type="checkbox"]')).filter((box) => box.checked);
        boxes.sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order));
        form.lists[set.dataset.list] = boxes.map((box) => box.value);
      });
      editor.querySelectorAll("fieldset[data-records]").forEach((set) => {
        const rows = [];
        set.querySelectorAll(":scope > ol.rows > li.row").forEach((row) => {
          const original = JSON.parse(row.dataset.original || "{}");
          const record = Object.assign({}, original);
          row.querySelectorAll("[data-key]").forEach((input) => {
            const key = input.dataset.key;
            if (input.type === "checkbox") {
              if (input.checked) record[key] = true;
              else if (key in original) record[key] = false;
              else delete record[key];
            } else if (input.value === "") {
              delete record[key];
            } else {
              record[key] = input.value;
            }
          });
          rows.push(record);
        });
        form.records[set.dataset.records] = rows;
      });
      editor.querySelectorAll("textarea[data-section]").forEach((area) => {
        form.sections.push({ heading: area.dataset.section, text: area.value });
      });
      return form;
    }

    function placeBox(place) {
      if (!place) return null;
      if (place.section !== undefined) {
        return Array.from(editor.querySelectorAll("[data-for-section]")).find((box) => box.dataset.forSection === place.section);
      }
      if (place.field !== undefined) {
        if (place.row !== undefined) {
          const set = Array.from(editor.querySelectorAll("fieldset[data-records]")).find((s) => s.dataset.records === place.field);
          const row = set && set.querySelectorAll(":scope > ol.rows > li.row")[place.row];
          if (row) return row.querySelector(".row-diagnostics");
        }
        return Array.from(editor.querySelectorAll("[data-for]")).find((box) => box.dataset.for === place.field);
      }
      return null;
    }

    function describe(diagnostic) {
      const item = element("p", undefined, diagnostic.severity);
      item.append(element("strong", diagnostic.severity === "error" ? "Fejl " : "Advarsel "));
      item.append(element("code", diagnostic.code), " " + diagnostic.message);
      if (diagnostic.hint) item.append(" ", element("span", "(" + diagnostic.hint + ")", "hint"));
      if (diagnostic.place && diagnostic.place.section !== undefined && diagnostic.place.line > 0) {
        item.append(" ", element("span", "linje " + diagnostic.place.line + " i sektionen", "where"));
      }
      return item;
    }

    function showCheck(result) {
      editor.querySelectorAll(".field-diagnostics").forEach((box) => { box.replaceChildren(); });
      editor.querySelectorAll('[aria-invalid="true"]').forEach((input) => input.removeAttribute("aria-invalid"));
      const list = element("ul", undefined, "diagnostics");
      for (const diagnostic of result.diagnostics) {
        const item = element("li", undefined, diagnostic.severity);
        item.append(...describe(diagnostic).childNodes);
        item.append(" ", element("span", diagnostic.file + ":" + diagnostic.line + ":" + diagnostic.column, "where"));
        list.append(item);
        const box = placeBox(diagnostic.place);
        if (box) {
          box.append(describe(diagnostic));
          const container = box.closest(".field, li.row, fieldset");
          const inputs = container ? Array.from(container.querySelectorAll("input:not([type=checkbox]), select, textarea")) : [];
          const input = inputs.find((candidate) => candidate.dataset.key === diagnostic.place.field) || inputs[0];
          if (input && diagnostic.severity === "error") input.setAttribute("aria-invalid", "true");
        }
      }
      const summary = result.diagnostics.length === 0 ? "Ingen fejl."
        : result.errors + " fejl, " + (result.diagnostics.length - result.errors) + " advarsler.";
      diagnosticsBox.replaceChildren(element("p", summary), list);
      // A text that cannot be read far enough to show keeps the last preview, marked as such.
      if (result.preview) {
        preview.innerHTML = result.preview;
      } else if (!preview.querySelector(".stale")) {
        preview.prepend(element("p", "Forhåndsvisningen viser den sidste udgave, der kunne læses; ret fejlene ovenfor.", "notice stale"));
      }
    }

    async function check() {
      const mine = ++sequence;
      const { status, data } = await post("/api/aftaler/" + id + "/tjek", edited());
      if (mine !== sequence) return;
      if (status === 200) showCheck(data);
      else diagnosticsBox.replaceChildren(element("p", "Kunne ikke tjekke: " + (data.message || status)));
    }

    function changed() {
      dirty = true;
      state.textContent = "Ændret – ikke gemt";
      clearTimeout(timer);
      timer = setTimeout(check, 250);
    }

    editor.addEventListener("input", changed);
    editor.addEventListener("change", changed);
    editor.addEventListener("focusin", (event) => {
      if (event.target.matches("textarea[data-section], #source-text")) lastSection = event.target;
    });
    window.addEventListener("beforeunload", (event) => { if (dirty) event.preventDefault(); });

    editor.addEventListener("click", (event) => {
      const add = event.target.closest("button.add-row");
      if (add) {
        const key = add.dataset.add;
        const template = document.getElementById("row-" + htmlID(key));
        const row = template.content.firstElementChild.cloneNode(true);
        rowCounter += 1;
        row.querySelectorAll("[id]").forEach((node) => { node.id = node.id.replace("-NEW-", "-new" + rowCounter + "-"); });
        row.querySelectorAll("label[for]").forEach((node) => { node.htmlFor = node.htmlFor.replace("-NEW-", "-new" + rowCounter + "-"); });
        add.previousElementSibling.append(row);
        const first = row.querySelector("input, select, textarea");
        if (first) first.focus();
        changed();
        return;
      }
      const remove = event.target.closest("button.remove-row");
      if (remove) {
        const set = remove.closest("fieldset");
        remove.closest("li.row").remove();
        set.querySelector("button.add-row").focus();
        changed();
      }
    });

    function htmlID(key) {
      return key.replace(/æ/g, "a").replace(/ø/g, "o").replace(/å/g, "a").replace(/[^A-Za-z0-9]/g, "-");
    }

    const choice = document.getElementById("block-choice");
    const parameterBox = document.getElementById("block-parameters");
    if (choice) choice.addEventListener("change", () => {
      parameterBox.replaceChildren();
      const option = choice.selectedOptions[0];
      const parameters = option && option.dataset.parameters ? JSON.parse(option.dataset.parameters) : [];
      parameters.forEach((parameter, index) => {
        const label = element("label", parameter.name);
        label.htmlFor = "block-parameter-" + index;
        const input = element("input");
        input.type = "text";
        input.id = "block-parameter-" + index;
        input.dataset.parameter = parameter.name;
        const hint = element("p", parameter.description, "hint");
        hint.id = "block-parameter-hint-" + index;
        input.setAttribute("aria-describedby", hint.id);
        parameterBox.append(label, input, hint);
      });
    });
    const insert = document.getElementById("insert-block");
    if (insert) insert.addEventListener("click", () => {
      if (!choice.value) { choice.focus(); return; }
      const target = lastSection || editor.querySelector("textarea[data-section], #source-text");
      if (!target) return;
      let use = "{{> " + choice.value;
      parameterBox.querySelectorAll("input[data-parameter]").forEach((input) => {
        use += " " + input.dataset.parameter + '="' + input.value.replace(/"/g, "”") + '"';
      });
      use += "}}";
      const start = target.selectionStart ?? target.value.length, end = target.selectionEnd ?? start;
      target.value = target.value.slice(0, start) + use + target.value.slice(end);
      target.focus();
      target.selectionStart = target.selectionEnd = start + use.length;
      target.dispatchEvent(new Event("input", { bubbles: true }));
    });

    async function save(request) {
      state.textContent = "Gemmer …";
      const { status, data } = await post("/api/aftaler/" + id + "/gem", request);
      if (status === 200 && data.saved) {
        dirty = false;
        location.assign(location.pathname + "?gemt=1");
      } else if (status === 409) {
        state.textContent = "Ikke gemt: filen er ændret på disken";
        showConflict(data);
      } else if (status === 422 && data.refused) {
        state.textContent = "Ikke gemt: " + data.errors + " fejl. Ret dem, eller vælg «Gem som kladde».";
        showCheck(data);
      } else {
        state.textContent = "Ikke gemt: " + (data.message || data.error || ("svar " + status)) + " Dine ændringer står stadig på siden.";
      }
    }

    function showConflict(data) {
      const view = document.getElementById("conflict");
      document.getElementById("conflict-mine").textContent = data.mine;
      document.getElementById("conflict-disk").textContent = data.disk === null ? "(filen er slettet)" : data.disk;
      view.hidden = false;
      view.scrollIntoView();
      document.getElementById("conflict-heading").setAttribute("tabindex", "-1");
      document.getElementById("conflict-heading").focus();
      document.getElementById("conflict-overwrite").onclick = () => {
        save({ base: data.mine, form: {}, tag: data.diskTag, keepDraft: document.getElementById("keep-draft").checked });
      };
      document.getElementById("conflict-reload").onclick = () => { dirty = false; location.reload(); };
    }

    // Place the diagnostics the page came with beside their fields.
    check();

    const dialog = document.getElementById("review");
    editor.addEventListener("submit", async (event) => {
      event.preventDefault();
      const keepDraft = document.getElementById("keep-draft").checked;
      if (sourceArea) { save(Object.assign(edited(), { tag, keepDraft })); return; }
      const form = collectForm();
      const { status, data } = await post("/api/aftaler/" + id + "/konsekvenser", { base, form });
      if (status !== 200) { state.textContent = "Ikke gemt: " + (data.message || status); return; }
      if (!data.needsDecision) { save({ base, form, tag, keepDraft }); return; }
      const effects = document.getElementById("review-effects");
      effects.replaceChildren(element("p", "Status går fra «" + (data.oldStatus || "ingen") + "» til «" + data.newStatus + "»."));
      const list = element("ul");
      data.cells.forEach((cell) => list.append(element("li", cell.workplan + ", «" + cell.column + "»: «" + cell.old + "» → «" + cell.new + "»")));
      data.added.forEach((line) => list.append(element("li", "Ny i opfølgningskalenderen: " + line)));
      data.removed.forEach((line) => list.append(element("li", "Ud af opfølgningskalenderen: " + line)));
      if (!list.children.length) list.append(element("li", "Ingen arbejdsplan eller opfølgning ændres på dagen."));
      effects.append(list);
      dialog.returnValue = "";
      dialog.showModal();
      dialog.addEventListener("close", function onClose() {
        dialog.removeEventListener("close", onClose);
        if (dialog.returnValue !== "confirm") { state.textContent = "Ikke gemt"; return; }
        if (document.getElementById("review-not-recorded").checked) {
          form.values["godkendelse"] = "ikke registreret";
        } else {
          const decision = { organ: document.getElementById("review-organ").value, dato: document.getElementById("review-dato").value,
                             udfald: document.getElementById("review-udfald").value };
          Object.keys(decision).forEach((key) => { if (decision[key] === "") delete decision[key]; });
          form.records["beslutninger"] = (form.records["beslutninger"] || []).concat([decision]);
        }
        save({ base, form, tag, keepDraft });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", () => { setupNewAgreement(); setupEditor(); });
})();
"""#
}

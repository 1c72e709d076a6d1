// A typedoc plugin (loaded by typedoc.json "plugin"): the search box lists each symbol once.
//
// The root entry point "opkoers" re-exports every layer, and every layer re-exports DomainError,
// isDomainError, Issue and ParseResult. typedoc documents a symbol where it is first exported and makes each
// further export a "reference" (a line "Re-exports X" on the module page). Those references are useful on the
// module pages, but typedoc also puts each of them in the search index, so a search for "allocate" listed it
// twice (opkoers/money and opkoers) and DomainError ten times. typedoc's own `excludeReferences` would drop the
// references from the pages as well, and then `{@link DomainError}` in every layer but money no longer
// resolves. So only the search index leaves them out; each one points to a symbol that is indexed anyway.
import { IndexEvent, ReferenceReflection } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    for (let i = event.searchResults.length - 1; i >= 0; i--) {
      if (event.searchResults[i] instanceof ReferenceReflection) event.removeResult(i);
    }
  });
}

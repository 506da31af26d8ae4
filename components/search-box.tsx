import { Button } from "@/components/ui/button";

/** The header's search: a plain GET form, so it works before (and without) any JavaScript. */
export function SearchBox() {
  return (
    <form className="inline site-search" role="search" aria-label="Site search" action="/search">
      <label htmlFor="site-search-q" className="visually-hidden">
        Search articles and claims
      </label>
      <input id="site-search-q" name="q" type="search" placeholder="Search…" autoComplete="off" />
      <Button type="submit" size="small">
        Search
      </Button>
    </form>
  );
}

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeAlias } from "@/lib/actors/normalize";

describe("normalizeAlias", () => {
  it("lower-cases", () => {
    assert.equal(normalizeAlias("MOCR"), "mocr");
  });

  it("strips accents", () => {
    assert.equal(normalizeAlias("Tomáš Vereczký"), "tomas vereczky");
    assert.equal(normalizeAlias("Liesl Haraldsén"), normalizeAlias("Liesl Haraldsen"));
  });

  it("removes punctuation, including curly apostrophes and brackets", () => {
    assert.equal(normalizeAlias("T. Vereczky"), "t vereczky");
    assert.equal(normalizeAlias("Marenia’s Ministry of Health"), "marenias ministry of health");
    assert.equal(normalizeAlias("Selvan Liberation Front (SLF)"), "selvan liberation front slf");
    assert.equal(normalizeAlias("“Meridian Wire”"), "meridian wire");
  });

  it("treats dashes and slashes as word breaks", () => {
    assert.equal(normalizeAlias("Walid al-Nour"), "walid al nour");
    assert.equal(normalizeAlias("Health/Interior Ministry"), "health interior ministry");
    assert.equal(normalizeAlias("North—South Council"), "north south council");
  });

  it("collapses and trims whitespace, including non-breaking spaces", () => {
    assert.equal(normalizeAlias("  Colonel\u00A0Ardo \t Vesk \n"), "colonel ardo vesk");
  });

  it("folds compatibility forms", () => {
    assert.equal(normalizeAlias("Ｍｅｒｉｄｉａｎ"), "meridian");
    assert.equal(normalizeAlias("ﬁeld oﬃce"), "field office");
  });

  it("is idempotent", () => {
    for (const name of ["Tomáš Vereczký", "Col. Ardo Vesk", "Selvan Liberation Front (SLF)"]) {
      const once = normalizeAlias(name);
      assert.equal(normalizeAlias(once), once);
    }
  });

  it("returns an empty string for punctuation only", () => {
    assert.equal(normalizeAlias(" … "), "");
  });
});

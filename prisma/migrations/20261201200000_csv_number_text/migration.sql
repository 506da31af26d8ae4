-- Hand-written: a double written as JavaScript's Number#toString writes it, for the CSV export,
-- whose records PostgreSQL writes (lib/export/csv-sql.ts, decision 026). JavaScript writes the
-- fewest significant digits that read back as the same double, closest to it, in plain notation
-- from 1e-6 up to 1e21 and as "1.5e-7" / "1e+21" beyond (ECMA-262, Number::toString).
-- PostgreSQL's own float8 text agrees between 1e-4 and 1e15, where the export uses it as it is
-- (extra_float_digits at its default, 1). Outside that range PostgreSQL switches to exponents
-- sooner ("1e+15", "1e-05") and, for large values, sometimes writes a digit more than needed
-- ("9.999999999999999e+22" for 1e+23), so this function finds the digits and lays them out.
CREATE FUNCTION claimdesk_js_number(v double precision) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET extra_float_digits = 1
AS $$
DECLARE
  t text;
  magnitude int;
  shortest numeric;
  plain text;
  digits text;
  k int;
  n int;
BEGIN
  IF v = 0 THEN RETURN '0'; END IF; -- JavaScript writes -0 as "0"
  IF v = 'Infinity'::float8 THEN RETURN 'Infinity'; END IF;
  IF v = '-Infinity'::float8 THEN RETURN '-Infinity'; END IF;
  IF v <> v THEN RETURN 'NaN'; END IF;
  t := abs(v)::text;
  -- The power of ten of the first digit: the exponent of PostgreSQL's text when it has one.
  IF position('e' IN t) > 0 THEN
    magnitude := split_part(t, 'e', 2)::int;
  ELSE
    magnitude := floor(log(10, t::numeric))::int;
  END IF;
  -- The fewest significant digits that read back as v (numeric to float8 rounds correctly).
  FOR precision IN 1..17 LOOP
    shortest := round(t::numeric, precision - 1 - magnitude);
    -- A candidate past the largest double or below half the smallest cannot be read back at all.
    CONTINUE WHEN shortest > 1.7976931348623157e308 OR shortest < 2.5e-324;
    EXIT WHEN shortest::float8 = abs(v);
  END LOOP;
  -- numeric's text is plain notation: the value is 0.<digits> × 10^n.
  plain := shortest::text;
  digits := replace(plain, '.', '');
  n := length(split_part(plain, '.', 1));
  WHILE length(digits) > 1 AND left(digits, 1) = '0' LOOP
    digits := substr(digits, 2);
    n := n - 1;
  END LOOP;
  digits := rtrim(digits, '0');
  k := length(digits);
  RETURN (CASE WHEN v < 0 THEN '-' ELSE '' END) || CASE
    WHEN k <= n AND n <= 21 THEN digits || repeat('0', n - k)
    WHEN 0 < n AND n <= 21 THEN left(digits, n) || '.' || substr(digits, n + 1)
    WHEN -6 < n AND n <= 0 THEN '0.' || repeat('0', -n) || digits
    ELSE left(digits, 1) || CASE WHEN k > 1 THEN '.' || substr(digits, 2) ELSE '' END
         || 'e' || CASE WHEN n - 1 >= 0 THEN '+' ELSE '-' END || abs(n - 1)::text
  END;
END;
$$;

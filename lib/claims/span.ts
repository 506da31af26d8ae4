import { AppError, badRequest } from "@/lib/errors";

/**
 * Checks a claim's [start, end) against the article body and returns the exact quote.
 * Out-of-range offsets are bad input (400); a supplied quote that differs from the text at those
 * offsets means the client and server disagree about the body (422), so nothing is written.
 */
export function checkSpan(body: string, span: { start: number; end: number; quote?: string }): string {
  if (span.end <= span.start) throw badRequest("end must be greater than start.", { end: ["end must be greater than start."] });
  if (span.end > body.length) {
    throw badRequest(`end (${span.end}) is beyond the end of the article (${body.length} characters).`, { end: [`At most ${body.length}.`] });
  }
  const actual = body.slice(span.start, span.end);
  if (span.quote !== undefined && span.quote !== actual) {
    throw new AppError("quote_mismatch", "The quote does not match the article text at those offsets (offsets count UTF-16 code units).", {
      quote: [`The text at ${span.start}–${span.end} is: ${JSON.stringify(actual)}`],
    });
  }
  if (actual.trim().length === 0) throw badRequest("The selected text is only whitespace.", { quote: ["Select words, not just spaces."] });
  return actual;
}

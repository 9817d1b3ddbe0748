/**
 * How a source text made by optical character recognition is named, in the draft and in the check's
 * warning (kept apart from read.ts so the check does not load the PDF and Word readers).
 */
export const OCR_MARK = "văn bản nhận dạng quang học — cần đối chiếu";

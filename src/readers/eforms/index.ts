// TED eForms notices (UBL XML, eForms SDK 1.3 and later): src/readers/eforms/notice.ts reads a notice, lot.ts its
// lots, values.ts amounts and durations, codes.ts the code lists, xml.ts the XML tree.
export { EFORMS_ROOTS, type EformsNotice, type EformsReadResult, readEformsNotice } from './notice.js';

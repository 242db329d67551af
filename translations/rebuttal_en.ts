<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddBoxCommand</name>
    <message>
        <source>Draw Redaction Box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRecordsReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;format&quot;: &quot;rebuttal.cases&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;rebuttal.cases&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this version of Rebuttal reads version 1, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref %1 is used by another client in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a real date (expected YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country %1 is not an ISO 3166-1 alpha-2 code such as SV or GT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a_number %1 is not an A-number (8 or 9 digits, optionally after A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref %1 is used by another allegation of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref %1 is used by another event of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relied_on names %1, which is not an allegation of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source %1 (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind %1 (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status %1 (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relied_on must list allegation refs, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence page must be a whole number from 1, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>%1 is not a Rebuttal case file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rebuttal case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rebuttal (schema %2; this version reads up to %3). Update Rebuttal to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check failed (%2). Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created case file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the case file from schema %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different file for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the case file to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTypes</name>
    <message>
        <source>SAFE task force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FBI TAG unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHIS criminal-history sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpol Red Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric data sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCIC hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprehension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parole denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecutorial discretion denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecutorial discretion granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family reunified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credible fear interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylum denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylum granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious non-political crime bar applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAT protection granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withholding of removal granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solitary confinement begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solitary confinement ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Notice issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Notice blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Notice withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuttal evidence filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRecords</name>
    <message>
        <source>Imported case records from %1 (clients: %2, allegations: %3, events: %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineInterface</name>
    <message>
        <source>The case file to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the FOIA productions in the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the activity log (chain of custody), oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebuttal-cli --store FILE COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;rebuttal-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a Rebuttal case file; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents takes no arguments besides --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No productions in this case file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log takes no arguments besides --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of an encrypted PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a production page by page: Bates numbers, exemptions, redactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text of every production page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run redaction detection again on a production, keeping every correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document needs one document id (see: documents --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no document %2 (see: documents --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redetect needs one document id (see: documents --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot search for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a FOIA production (PDF), a Vaughn index (PDF, text or CSV) or case records (rebuttal.cases JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the Vaughn indexes in the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a Vaughn index entry by entry: document, pages, exemptions, reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit every Vaughn index against the productions: where the index and the pages disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a kind and a file: import production FILE.pdf, import vaughn FILE, or import cases FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import kind &apos;%1&apos; (this version imports: production, vaughn, cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vaughns takes no arguments besides --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vaughn indexes in this case file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vaughn needs one index id (see: vaughns --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no Vaughn index %2 (see: vaughns --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit takes no arguments besides --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCaseFile</name>
    <message>
        <source>the demo client stories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <source>Applied but not claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed but never applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld page missing from the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed page has no redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No justification given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boilerplate justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text readable under a redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withholding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons given per exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry claims no exemption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reasons given but not claimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason is given for this exemption.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductionCorrections</name>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page %1 in document %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drew a redaction box on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a redaction box on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored a redaction box on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the exemptions of a box on %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1, page %2 as withheld in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1, page %2 as not withheld in full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductionImport</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is truncated (it stops before its %%EOF end marker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in this case file as document %2 (same SHA-256); nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported as document %2 (%3 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no document %1 in this case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: detection run again; your corrections were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader (%1) is missing from this installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is password-protected; give its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is not right for this PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF claims %1 pages, more than any production; it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader sent garbage for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader failed on too many pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader could not open the file (it stopped unexpectedly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader took too long on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader crashed on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no page of the PDF could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader did not deliver it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductionWriter</name>
    <message>
        <source>%1 is too large to store (over 2 GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported production %1 (SHA-256 %2): %3 pages, %4 redactions, %5 withheld in full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedetectionWriter</name>
    <message>
        <source>The production is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored production has %1 pages; the reader found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran detection again on %1 (%2 boxes found anew; corrections kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveBoxCommand</name>
    <message>
        <source>Delete Redaction Box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetCodesCommand</name>
    <message>
        <source>Change Exemptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetWithheldCommand</name>
    <message>
        <source>Mark Page Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Page Not Withheld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaughnAudit</name>
    <message>
        <source>Entry %1 does not claim %2, but its pages apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 claims %2, but none of its %n page(s) applies it.</source>
        <translation>
            <numerusform>Entry %1 claims %2, but none of its %n page applies it.</numerusform>
            <numerusform>Entry %1 claims %2, but none of its %n pages applies it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 claims %2 without giving any reason for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 (Bates %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is withheld in full, but no entry of the index lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed by entry %2, but nothing on it is redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a redaction whose text can still be copied out of the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 give the same reasons for %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaughnCsvReader</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row found: looked for a row naming the columns Entry, Document (or Bates), Withholding, Pages, Description, Exemptions, Justification in lines 1-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 names the columns but no entry follows it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaughnImport</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is truncated (it stops before its %%EOF end marker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text, CSV or PDF file (it holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be a Vaughn index (%1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in this case file as Vaughn index %2 (same SHA-256); nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 appears twice; an entry number names one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: imported as Vaughn index %2 (%n entry(ies))</source>
        <translation>
            <numerusform>%1: imported as Vaughn index %2 (%n entry)</numerusform>
            <numerusform>%1: imported as Vaughn index %2 (%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaughnIndexes</name>
    <message>
        <source>Imported Vaughn index %1 (SHA-256 %2): %3 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaughnTableReader</name>
    <message>
        <source>no table header found: looked for a row naming the columns Entry, Document Identification (or Bates), Withholding, Pages, Description and Exemption(s) on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text found: the file has no text layer to read a table from (a scan?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found the table header on page %1 but no numbered entry below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF claims %1 pages, more than any Vaughn index; it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader (%1) could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader gave up on the file (it took too long or produced too much)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaughnTextReader</name>
    <message>
        <source>no Vaughn index found: looked for a header naming the columns Entry, Document Identification, Withholding, Pages, Description and Exemption(s) in lines 1-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found a Vaughn index header at line %1 but no numbered entry after it (an entry number alone on a line, then the document identification, then Full/Partial or the pages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Audit foreign-data evidence in immigration cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::AboutDialog</name>
    <message>
        <source>About Rebuttal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Rebuttal %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Rebuttal helps legal teams trace foreign-data allegations in U.S. immigration cases: where each allegation came from, when the government had it, and which decisions relied on it. It audits FOIA productions and Vaughn indexes.&lt;/p&gt;&lt;p&gt;Everything stays in the case file on this computer. Rebuttal makes no network connections.&lt;/p&gt;&lt;p&gt;Rebuttal is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1 &amp;mdash; GNU LGPL version 3 (The Qt Company)&lt;/li&gt;&lt;li&gt;Poppler %2 &amp;mdash; GNU GPL version 2 or later&lt;/li&gt;&lt;li&gt;SQLite %3 &amp;mdash; public domain&lt;/li&gt;&lt;li&gt;Tesseract OCR %4 &amp;mdash; Apache License 2.0&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::ActivityLogModel</name>
    <message>
        <source>Case file created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case records imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::AuditPage</name>
    <message>
        <source>Export Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to audit yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit compares a Vaughn index with the production it describes: exemptions claimed but never applied, withheld pages the index omits, boilerplate justifications, and redactions that leave text readable. It needs a production and its Vaughn index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the indexes with the productions again, e.g. after corrections (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every finding as a CSV file for a spreadsheet or a brief (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by kind; click one to see its entry beside its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a finding to see the entry it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n index(es)</source>
        <translation>
            <numerusform>%n index</numerusform>
            <numerusform>%n indexes</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry of the index lists this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding points at no production page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 · Bates %2 · applied: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> audit findings.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit finding(s) to %1</source>
        <translation>
            <numerusform>Exported %n audit finding to %1</numerusform>
            <numerusform>Exported %n audit findings to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) written to %1.</source>
        <translation>
            <numerusform>%n finding written to %1.</numerusform>
            <numerusform>%n findings written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebuttal::ClientListModel</name>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::DocumentListModel</name>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::DocumentsPage</name>
    <message>
        <source>No FOIA productions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productions are the pages an agency released under FOIA. Import one (a PDF, text or scanned) and Rebuttal lists each page&apos;s Bates number, its redactions and the exemptions claimed for them, the pages withheld in full, and redactions that leave the text readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next page where text is still readable under a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next page withheld in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on the page to add a redaction the detector missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the exemptions of the selected box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected box: it is not a redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or unmark the page as withheld in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run redaction detection again on this production; your corrections are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The productions in this case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all pages (words or &quot;a phrase&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over every page, scanned pages included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a result to open its page with the words highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the pages with this exemption, withheld pages, or readable redactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction boxes in this production, by exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable redactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page contains %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text readable under box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld in full (marked by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exemptions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s)</source>
        <translation>
            <numerusform>%n redaction</numerusform>
            <numerusform>%n redactions</numerusform>
        </translation>
    </message>
    <message>
        <source>text readable under a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanned (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not analysed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page of this production matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Redaction Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions claimed for this box, as printed (for example (b)(6), (b)(7)(C)); leave empty if unlabeled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions claimed for this box (for example (b)(6), (b)(7)(C)):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This production is protected by a password. Enter it to see its pages:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::MainWindow</name>
    <message>
        <source>Rebuttal case files (*.rebuttal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty case file for a new matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Case File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing case file (.rebuttal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Case File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore Rebuttal with the published client stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Case &amp;Records...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update clients from a rebuttal.cases JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the open case file, e.g. for a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Case File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rebuttal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case file is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file keeps a matter&apos;s FOIA productions, Vaughn indexes and client records together in one file on this computer. Create one, open one, or explore the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients, their allegations, events and timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA productions: pages, redactions and exemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaughn indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s justifications for each withholding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the Vaughn index and the production disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregated outcomes across clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of custody: every import, edit and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each client&apos;s record holds the foreign-data allegations against them (SAFE, TAG, CHIS, Interpol Red Notices...), the events of their case and the decisions that relied on each allegation. Import case records (File &gt; Import Case Records), or open the demo case file to see how it looks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter clients by name, ref, country or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No research figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research charts aggregate outcomes across clients: how often each foreign-data source led to detention, bond denial or separation, and how long the government held an allegation before counsel learned of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every import, edit and export of this case file is recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo case file: the client stories of a published policy brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rebuttal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuttal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Case File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Rebuttal does not overwrite files; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the case records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s)</source>
        <translation>
            <numerusform>Imported %n client</numerusform>
            <numerusform>Imported %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n allegation(s)</source>
        <translation>
            <numerusform> with %n allegation</numerusform>
            <numerusform> with %n allegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n event(s).</source>
        <translation>
            <numerusform> and %n event.</numerusform>
            <numerusform> and %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Case Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case records (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy).rebuttal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Production...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a FOIA production (PDF, text or scanned) to this case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting redactions again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pages could not be analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported, but these pages were skipped and kept empty:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter it to import the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the case file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Vaughn Index...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the agency&apos;s Vaughn index (a PDF table, text or CSV) to audit it against the production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Vaughn Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaughn indexes (*.pdf *.txt *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the Vaughn index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::PageListModel</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld in full (marked by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s)</source>
        <translation>
            <numerusform>%n redaction</numerusform>
            <numerusform>%n redactions</numerusform>
        </translation>
    </message>
    <message>
        <source>Text is still readable under a redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned page: text read by OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not analysed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::PageView</name>
    <message>
        <source>Rendering page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction without a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text still readable under the box: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions set by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::VaughnEntryModel</name>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) listed</source>
        <translation>
            <numerusform>%n page listed</numerusform>
            <numerusform>%n pages listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit finding(s) concern this entry</source>
        <translation>
            <numerusform>%n audit finding concern this entry</numerusform>
            <numerusform>%n audit findings concern this entry</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withholding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::VaughnPage</name>
    <message>
        <source>No Vaughn indexes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Vaughn index is the agency&apos;s itemized justification for what it withheld. Import one (a PDF table, text or CSV) and Rebuttal lists its entries with their pages, exemptions and reasons, shows the production pages each entry lists, and audits the index against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vaughn index to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the entries that claim this exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entries by document, pages or description (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries of the index; click a column header to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to read its reasons and the audit&apos;s findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production pages this entry lists, with the exemptions actually applied on each; double-click to open a page in Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages listed, with the exemptions applied on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry lists no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the pages this entry lists is in a production of this case file: import the production whose Bates numbers start at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exemption applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not claimed by this entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entry(ies))</source>
        <translation>
            <numerusform>%1 (%n entry)</numerusform>
            <numerusform>%1 (%n entries)</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Print JSON on standard output.</source>
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
        <source>Count open detention and separation spells up to this day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out names, A-numbers and anything else that identifies a client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allegation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 is not a known source (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1 is not a known kind (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 is not a known status (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 is not a known event type (for example detention_start, bond_denied, removal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not an ISO 3166-1 alpha-2 code such as SV or GT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format must be &quot;rebuttal.cases&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a rebuttal.cases document (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not fit the rebuttal.cases schema (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (expected a header row naming the columns: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column %1 (the columns are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 column (the header row must name the columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_ref is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 differs from %3 on line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 must be client, allegation or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 row has no %2 (found %3)</source>
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
    <name>ChartImage</name>
    <message>
        <source>only .png and .svg files can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart made by Rebuttal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
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
        <source>import needs a kind and a file: import production FILE.pdf, or import cases FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import kind &apos;%1&apos; (this version imports: production, cases)</source>
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
        <source>--as-of %1 is not a calendar date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline needs one client ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no client %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days detained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days separated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs a kind: export cases --out FILE.json|FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cases needs --out FILE.json or --out FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) to %1.</source>
        <translation>
            <numerusform>Exported %n client to %1.</numerusform>
            <numerusform>Exported %n clients to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a FOIA production (PDF) or case records (rebuttal.cases JSON or CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a client&apos;s allegations and events in date order, with days detained and separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every client&apos;s records as rebuttal.cases JSON or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate outcomes by foreign-data source across every client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a de-identified research dataset: one row per client, no names, refs or dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a research chart as a PNG or SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats takes no arguments besides --json or --csv [--deidentify] and --as-of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats needs one of --json or --csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deidentify goes with --csv (the JSON carries no identities, only exact counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset needs --out FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n de-identified client row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n de-identified client row to %1.</numerusform>
            <numerusform>Wrote %n de-identified client rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>chart needs a chart name (%1) and --out FILE.png|FILE.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart writes .png or .svg files, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the chart (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>cannot start the CSV reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: malformed CSV (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: malformed CSV (a quoted field is never closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not UTF-8 text (save the file as CSV UTF-8)</source>
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
    <name>rebuttal::DistributionModel</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
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
        <source>No Vaughn indexes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Vaughn index is the agency&apos;s itemized justification for what it withheld. Imported indexes are listed here with their entries, pages, exemptions and reasons.</source>
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
        <source>Export C&amp;hart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Research page&apos;s current chart as a PNG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export De-&amp;identified...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save outcome counts by source as CSV, without identities, counts below 5 suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Research &amp;Dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one de-identified row per client as CSV: no names, refs or dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::OutcomeCountsModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of this type that relied on at least one of these allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct clients with at least one of these allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year asserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNPC bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained</source>
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
    <name>rebuttal::ResearchCharts</name>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions that relied on each foreign-data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations and clients by origin country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations and clients by year asserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days detained per client, by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of family separation per client, by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure delay in days, by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events whose record says they relied on an allegation from the source. An event that relied on two sources counts once under each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations selected by the filters, and the distinct clients they concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spell counts under a source when its first event, or any event up to its end (bond or parole denied, asylum denied...), relied on an allegation from that source: the detention or separation the allegation was used to start or prolong. A client&apos;s spells add up; an open spell runs to the as-of date. Boxes show the quartiles, whiskers the minimum and maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from the date DHS asserted an allegation to the date counsel learned of it; allegations missing either date are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before counsel learned of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (n=%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s)
minimum %2, lower quartile %3, median %4, upper quartile %5, maximum %6</source>
        <translation>
            <numerusform>%1: %n value
minimum %2, lower quartile %3, median %4, upper quartile %5, maximum %6</numerusform>
            <numerusform>%1: %n values
minimum %2, lower quartile %3, median %4, upper quartile %5, maximum %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebuttal::ResearchPage</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No research figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research charts aggregate outcomes across clients: how often each foreign-data source led to detention, bond denial, separation or an asylum bar, how long people were detained, and how long the government held an allegation before counsel learned of it. They appear once client records with allegations are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Numbers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the numbers of the chart shown as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export De-identified...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save counts by source as CSV with no identities and counts below 5 shown as &lt;5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only allegations from this foreign-data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only allegations supplied by this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only allegations with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only allegations DHS asserted on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only allegations DHS asserted on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention and separation still going on are counted up to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every allegation again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the research figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allegations match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n allegation(s)</source>
        <translation>
            <numerusform>%n allegation</numerusform>
            <numerusform>%n allegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the chart &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbers of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de-identified counts by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a de-identified research dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers were saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export De-identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identified counts exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts by source were saved as %1, without names, A-numbers or details; counts from 1 to 4 read &lt;5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Research Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research dataset exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per client was saved as %1: sources, event counts, days and the year of the first allegation; no names, refs or dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

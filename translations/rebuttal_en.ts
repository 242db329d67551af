<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Upgraded the case file from schema %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported case records from %1 (clients: %2, allegations: %3, events: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box %1</source>
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
        <source>Removed the exemptions of a box on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the exemptions of a box on %1 to %2</source>
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
    <message>
        <source>Ran detection again on %1 (%2 boxes found anew; corrections kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite Page as Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) as %1, SHA-256 %2</source>
        <translation>
            <numerusform>Exported %n client as %1, SHA-256 %2</numerusform>
            <numerusform>Exported %n clients as %1, SHA-256 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported production no. %1 (SHA-256 %2): %3 pages, %4 redactions, %5 withheld in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of the case file, SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agreement(s) as JSON, SHA-256 %1</source>
        <translation>
            <numerusform>Exported %n agreement as JSON, SHA-256 %1</numerusform>
            <numerusform>Exported %n agreements as JSON, SHA-256 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the de-identified counts by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the counts by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the de-identified research dataset (%n row(s))</source>
        <translation>
            <numerusform>Exported the de-identified research dataset (%n row)</numerusform>
            <numerusform>Exported the de-identified research dataset (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the chart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV file with SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON file with SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo client stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a de-identified evidence summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported an evidence summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n agreement(s) from %1</source>
        <translation>
            <numerusform>Imported %n agreement from %1</numerusform>
            <numerusform>Imported %n agreements from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement %1</source>
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
        <source>Exported %1 to %2</source>
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
        <source>de-identified agreement flag counts</source>
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
    <message numerus="yes">
        <source>Imported Vaughn index no. %1 (SHA-256 %2): %n entry(ies)</source>
        <translation>
            <numerusform>Imported Vaughn index no. %1 (SHA-256 %2): %n entry</numerusform>
            <numerusform>Imported Vaughn index no. %1 (SHA-256 %2): %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [logged by %2 at %3 in the store this matter was copied from]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from %1: %2 tables, %3 rows, %4 bytes of stored files; every table&apos;s rows and SHA-256 matched the source&apos;s (digest %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %1: %2 tables, %3 rows, %4 bytes of stored files, verified (digest %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the matter from schema %1 to %2</source>
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
    <name>AgreementCheck</name>
    <message>
        <source>No agreement on file covers this program and country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement for this program and country was in force when the allegation was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision relied on data whose terms of use were withheld from the FOIA release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision falls outside the purposes the agreement states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement covers only nationals of the partner country, and the client is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was taken outside the receiving agency, where the agreement requires the partner&apos;s authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review is on file within a year of signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement says an SOP accompanies it, and none is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No governing agreement: the allegation&apos;s origin country is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No governing agreement: none on file for this program and country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governed by %1, if it was in force (the dates cannot tell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement was in force; the nearest is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld section: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsReader</name>
    <message>
        <source>agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>expected a JSON object with &quot;format&quot;: &quot;rebuttal.agreements&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a real date (expected YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ref &quot;%2&quot; is used by another agreement of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: parent &quot;%2&quot; names no agreement of the file or the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: parent &quot;%2&quot; makes a cycle (an agreement cannot implement itself, even through others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;rebuttal.agreements&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this version of Rebuttal reads version 1, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a rebuttal.agreements document (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not fit the rebuttal.agreements schema (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the disk is full (%1 bytes free, %2 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for this system (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
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
        <source>%1 %2 is not a page number (a whole number from 1)</source>
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
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file of case records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB; case records are read up to %2 MB (split the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; case records are read up to that size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: disclosed_on %3 is before asserted_on %4 (imported; left out of the medians, check the dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: release on %3 comes before any detention_start (imported; check the dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided_by %1 is not a known body (expected one of ICE, CBP, USCIS, EOIR, DOS, OTHER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
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
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
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
        <source>tables missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by an older Rebuttal (schema %1); open it once where it can be written, to upgrade it</source>
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
    <message>
        <source>Gang affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armed group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebutted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseVerifier</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check could not read it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaughn index %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its stored bytes cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its stored bytes no longer match their SHA-256</source>
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
        <source>another client already has the ref %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record the case file just wrote could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client the case file just wrote could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import would leave %1 rows that refer to no record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineInterface</name>
    <message>
        <source>FILE</source>
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
        <source>Show a client&apos;s allegations and events in date order, with days detained and separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export summary needs one client ref and --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the evidence summary to %1.</source>
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
    <message>
        <source>agreements takes no arguments besides --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export agreements needs --out FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agreement(s) to %1.</source>
        <translation>
            <numerusform>Exported %n agreement to %1.</numerusform>
            <numerusform>Exported %n agreements to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>check takes no arguments besides --json, --client REF and --as-of YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a FOIA production (PDF), a Vaughn index (PDF, text or CSV), case records (rebuttal.cases JSON or CSV) or an agreements registry (rebuttal.agreements JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every client&apos;s records as rebuttal.cases JSON or CSV, the agreements registry as rebuttal.agreements JSON, or one client&apos;s PDF evidence summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the agreements registry as imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every allegation and decision against the agreements registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the FOIA requests the agreement check calls for, one line each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify takes no arguments besides --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: no damage found (database and %n stored file(s) checked).</source>
        <translation>
            <numerusform>%1: no damage found (database and %n stored file checked).</numerusform>
            <numerusform>%1: no damage found (database and %n stored files checked).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown import kind &apos;%1&apos; (this version imports: production, vaughn, cases, agreements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case records were not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not analysed: %1</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Print CSV on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this client&apos;s flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out names, A-numbers and anything else that identifies a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written, but the activity log could not record it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the counts were not printed: the activity log could not record them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file to work on, or a matter on a server: postgresql://HOST[:PORT]/DATABASE?matter=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the matter %1 on %2; grant it to people with &apos;rebuttal-cli grant reader|editor LOGIN&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a Rebuttal matter; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a PostgreSQL login a reader or an editor of a matter on a server (the server enforces it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant takes two arguments: reader or editor, then a PostgreSQL login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant: the role must be reader or editor, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant works on a matter on a server (--store postgresql://...); a case file is protected by its file permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now read the matter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now read and change the matter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to copy: a case file, or postgresql://HOST[:PORT]/DATABASE?matter=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to copy it: a new case file, or a new matter on a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a matter, everything in it, to a new case file or a new matter on a server, and verify the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (rebuilt, not copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows and %2 bytes of stored files; every table&apos;s row count and SHA-256 matched the source&apos;s (digest %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy takes no arguments besides --from, --to and --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy needs --from STORE and --to STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysed, but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped the matter %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pooled %n matter(s): %1.</source>
        <translation>
            <numerusform>Pooled %n matter: %1.</numerusform>
            <numerusform>Pooled %n matters: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aggregate outcomes by foreign-data source across every client; on postgresql://HOST/DB?matter=*, across every matter of the database you may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a de-identified research dataset: one row per client, no names, refs or dates; on postgresql://HOST/DB?matter=*, the clients of every matter of the database you may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command does not work on a matter on a server yet (team mode is in progress: init, log, grant, copy, import cases, import production, import vaughn, import agreements, export, documents, document, search, timeline, redetect, stats, dataset, chart, vaughns, vaughn, audit, agreements, check and requests do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty case file, or a new matter on a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a schema upgrade (from %2 to %3); only its owner (%4) or a database administrator may upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the matter %1 from schema %2 to %3; colleagues on older versions of Rebuttal cannot open it until they update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the whole case file or matter: every page of the database (on a server: its objects, grants and rows), and every stored file against its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: no damage found (the matter&apos;s objects, grants, rows and %n stored file(s) checked).</source>
        <translation>
            <numerusform>%1: no damage found (the matter&apos;s objects, grants, rows and %n stored file checked).</numerusform>
            <numerusform>%1: no damage found (the matter&apos;s objects, grants, rows and %n stored files checked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <source>not a country code</source>
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
    <name>CustodyLog</name>
    <message>
        <source>Activity not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log of %1 could not record this: %2
What you did is done; note it by hand for the chain of custody.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a date. Write it as 2019-03-02, or 2019-03 or 2019 when only that much is known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCaseFile</name>
    <message>
        <source>the demo agreements (seed 000)</source>
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
    <message>
        <source>Page not analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the agency to justify this exemption in the index, or to release what it withholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the agency where it applied this exemption; a claim applied nowhere should be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the agency to add an entry for this page to the index, with its reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page (double-click) and check it: draw any box Rebuttal missed, or note that the index lists a page released in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge the exemption: the index must give a reason for each exemption it claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courts reject pasted justifications: ask for reasons specific to each withholding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page (double-click) to see the text left under the box, and decide with your team how to treat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page (double-click) and check it by eye, or run Detect Again on the Documents page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed; a label on its page is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page (double-click) and read the label by eye: if it does not name this exemption, the claim is applied nowhere; if it does, correct the box&apos;s exemptions so the audit knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceSummary</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign-data allegations, the decisions that relied on them, and the production pages that show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identified: names, A-number, references, free-text notes and page images are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days detained (still detained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days separated from family (still separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days separated from family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days: longest delay before counsel learned of an allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign-data allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as of %1. A spell lasts from the day it began to the day it ended; one still open counts to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allegations are recorded for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originating agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asserted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed to counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events are recorded for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in this case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Bates number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production %2, page %3), Exhibit %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page images are left out of a de-identified summary: production pages may show the client&apos;s name or A-number. The cited pages are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exemptions applied on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions on this page: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld in full. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1: %2 (production %3, page %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the PDF&apos;s author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not analysed: %1; its exemptions are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not analysed: %1; exemptions marked on it by hand: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the agreements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamonds: allegations, on the day the government had them, with a line to the day counsel learned of them (dotted: not yet disclosed). Bars: detention and separation (hatched: still going on). Curves join an allegation to each decision that relied on it; a sheet marks an event that cites production pages; a dark red ring, a decision the agreement check flagged (see Legal basis). Hollow markers: only the month or year is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis of the foreign data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements are on file in this case file, so no allegation could be checked against the agreement under which its data was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check raised no flags for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clause quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: &quot;the text says so&quot; when the agreement&apos;s own words decide it, &quot;our reading&quot; when it rests on how we read them. Conditional: it holds only if the agreement was in force, which its dates cannot tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysed, but %1; exemptions marked only in them may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>%1 is a link to a file that does not exist; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe); choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the case file %2 or part of it; an export never writes over it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCopyEndpoint</name>
    <message>
        <source>%1 already exists; a copy goes into a new case file (choose another name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1.%2 has a type a copy does not know: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 vanished during the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored file of %1 grew during the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be written out whole</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoiaRequests</name>
    <message>
        <source>no program recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no country recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No agreement on file for %1 data from an unrecorded country: record where it came from, then ask for the ISAA or MOC under which it was shared (%n client(s)).</source>
        <translation>
            <numerusform>No agreement on file for %1 data from an unrecorded country: record where it came from, then ask for the ISAA or MOC under which it was shared (%n client).</numerusform>
            <numerusform>No agreement on file for %1 data from an unrecorded country: record where it came from, then ask for the ISAA or MOC under which it was shared (%n clients).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No agreement on file for %1 data from %2: ask for the ISAA or MOC under which it was shared (%n client(s)).</source>
        <translation>
            <numerusform>No agreement on file for %1 data from %2: ask for the ISAA or MOC under which it was shared (%n client).</numerusform>
            <numerusform>No agreement on file for %1 data from %2: ask for the ISAA or MOC under which it was shared (%n clients).</numerusform>
        </translation>
    </message>
    <message>
        <source>the section on access to and use of information</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ask for %1 of %2 [%3] unredacted%4: its terms of use were withheld, and %n decision(s) relied on data shared under it.</source>
        <translation>
            <numerusform>Ask for %1 of %2 [%3] unredacted%4: its terms of use were withheld, and %n decision relied on data shared under it.</numerusform>
            <numerusform>Ask for %1 of %2 [%3] unredacted%4: its terms of use were withheld, and %n decisions relied on data shared under it.</numerusform>
        </translation>
    </message>
    <message>
        <source> (withheld under %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the reviews of %1 [%2]: none is on file within a year of its signing (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the Standard Operating Procedures of %1 [%2]: the instrument says an SOP accompanies it, and none is on file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message numerus="yes">
        <source>(%n more line(s) under Show Details)</source>
        <translation>
            <numerusform>(%n more line under Show Details)</numerusform>
            <numerusform>(%n more lines under Show Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole text is under Show Details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotAnalysedMark</name>
    <message>
        <source>Not analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not analysed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysed, but %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <source>is not a page list (expected e.g. 3-5, 10-12 or pp. 3–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names page %1, beyond %2, more pages than any document has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists more than %1 pages, the most one entry may list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageProblem</name>
    <message>
        <source>the page could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page needs more memory than a PDF reader may use (%1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader took longer than %1 s on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader crashed on it (or ran out of memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader sent garbage for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader did not deliver it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Redact annotations could not be read (qpdf: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page draws an image that claims %1 pixels from far too little data (a damaged or hostile file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1 (your role on matter %2 does not allow it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no matter %2 in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter %1 is incomplete or damaged: a part of it is missing (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductionCorrections</name>
    <message>
        <source>There is no page %1 in document %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box on %1</source>
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
        <source>the PDF reader failed on too many pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader could not open the file (it stopped unexpectedly)</source>
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
        <source>page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: the import took longer than its time limit of %1 s (%2 pages at %3 s each); the case file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader could not open the file within its time limit of %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 could not be stored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detection cannot run again on a matter on a server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(its new counts could not be read back from %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in %2 as document %3 (same SHA-256); nothing imported</source>
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
        <source>the file is %1 MB; a case file holds files of at most %2 MB (SQLite&apos;s length limit)</source>
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
        <source>Page %1 of the stored production is gone.</source>
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
    <name>RowStamp</name>
    <message>
        <source>%1 was deleted by someone else since you opened it. Reload to see the records as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed at %2 since you opened it. Reload to see the change, then apply yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it. Reload to see the change, then apply yours again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerClientRecords</name>
    <message>
        <source>a client the server just wrote could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCopyEndpoint</name>
    <message>
        <source>column %1.%2 has a type a copy does not know: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 vanished during the copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDocumentCatalog</name>
    <message>
        <source>no production %1 in this matter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>A server address may not hold a password. Put it in ~/.pgpass or a PostgreSQL service file, or use peer or GSSAPI authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server address: it must start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid server address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://HOST[:PORT]/DATABASE?matter=NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: host= must be a socket directory (an absolute path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown parameter %2 (known: matter, host, user, sslmode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no matter: add ?matter=NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the matter name %2 may hold only lower-case letters, digits and underscores, start with a letter and have at most 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerMatterPool</name>
    <message>
        <source>your login is neither a reader nor an editor of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Rebuttal (schema %1; this one knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a schema upgrade (from %1 to %2): open it once for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login may not read all of its case records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no matter in this database that your login may read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProductionWriter</name>
    <message>
        <source>the file is %1 MB; a matter on a server holds files of at most %2 MB (PostgreSQL&apos;s limit on one value)</source>
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
</context>
<context>
    <name>ServerStore</name>
    <message>
        <source>%1: the matter %2 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no matter %2 in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your login is neither a reader nor an editor of the matter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rebuttal (schema %2; this one knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PostgreSQL login named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: matter=* pools every matter for research (stats, dataset) only; name one matter with ?matter=NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a schema upgrade (from %2 to %3), which colleagues on older versions of Rebuttal cannot open until they update. Its owner upgrades it by connecting with File &gt; Connect to Server (which asks first) or with &apos;rebuttal-cli init --store %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerVaughnIndexes</name>
    <message>
        <source>the server stored no Vaughn index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerVerifier</name>
    <message>
        <source>the activity log is no longer append-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log entries no longer get the server&apos;s login and clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a log entry could be slipped in before others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a save over a colleague&apos;s change is no longer refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colleagues no longer see these changes as they happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check could not read the matter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger %1 on %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger %1 on %2 is missing: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger %1 on %2 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger %1 on %2 is disabled: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the function %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index %1 is not valid (a failed build or a broken rebuild)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search configuration %1 is missing: search cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 no longer has to name a row of %3 (its foreign key is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role %1 is missing: no one can be granted the matter through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer use the matter&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every login of the server may use the matter&apos;s schema (PUBLIC has a grant on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may %2 %3, which the matter forbids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production %1 (%2): its stored bytes are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production %1 (%2): a page numbered %3 is stored, but it has %4 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is linked to allegation %2, which is another client&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spell of client %1 starts or ends at event %2, which is another client&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s own check of the matter&apos;s tables and indexes (amcheck) was not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the amcheck extension is not installed in this database (a superuser may run CREATE EXTENSION amcheck; once, then GRANT EXECUTE on its functions bt_index_check and verify_heapam to those who verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your login %2 may not run it (a superuser may, or may GRANT EXECUTE on amcheck&apos;s functions bt_index_check and verify_heapam to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 cannot be read whole: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s check of the table %1 (amcheck), block %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s check of %1 (amcheck): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its stored bytes are %2 bytes long, not the %3 recorded at its import</source>
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
    <name>SqlStatement</name>
    <message>
        <source>it is locked by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be written: the file, its folder or the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is incomplete or damaged: a part of the case file is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCopier</name>
    <message>
        <source>the destination has no table %1: its schema is not the source&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination has no column %1.%2: its schema is not the source&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy to %1 failed and nothing was written there: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored file of %1 %2 no longer matches the SHA-256 recorded when it was imported: the source is damaged (check it with verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs: the source has %2 rows (SHA-256 %3), the copy %4 (SHA-256 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is complete, but the source&apos;s activity log could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, key &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a raw NUL character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u%1 is half of a UTF-16 pair with no first half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u%1 is half of a UTF-16 pair with no second half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is given twice in the same object (the second would replace the first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · days to disclosure: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asserted on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed to counsel on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disclosure delay: %n day(s)</source>
        <translation>
            <numerusform>Disclosure delay: %n day</numerusform>
            <numerusform>Disclosure delay: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relied on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relied on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Detained since %1: %n day(s) as of %2</source>
        <translation>
            <numerusform>Detained since %1: %n day as of %2</numerusform>
            <numerusform>Detained since %1: %n days as of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Separated since %1: %n day(s) as of %2</source>
        <translation>
            <numerusform>Separated since %1: %n day as of %2</numerusform>
            <numerusform>Separated since %1: %n days as of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detained from %1 to %2: %n day(s)</source>
        <translation>
            <numerusform>Detained from %1 to %2: %n day</numerusform>
            <numerusform>Detained from %1 to %2: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Separated from %1 to %2: %n day(s)</source>
        <translation>
            <numerusform>Separated from %1 to %2: %n day</numerusform>
            <numerusform>Separated from %1 to %2: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged: %1</source>
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
            <numerusform>Entry %1 claims %2, but the %n page it lists does not apply it.</numerusform>
            <numerusform>Entry %1 claims %2, but none of the %n pages it lists applies it.</numerusform>
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
    <message>
        <source>%1 was not analysed (%2): its redactions are unknown; run Detect Again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was analysed, but %2: redactions marked only in them are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 claims %2, which none of its pages shows, but a label on %3 is cut off or partly illegible (&quot;%4&quot;): check the page before relying on this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bates %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaughnCsvReader</name>
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
    <message>
        <source>entry %1: pages &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: the entries up to it list more than %2 pages, the most one index may list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 could not be stored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in %2 as Vaughn index %3 (same SHA-256); nothing imported</source>
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
        <source>the PDF reader (%1) could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader gave up on the file (it took too long or produced too much)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF claims %1 pages, more than any Vaughn index; it is damaged</source>
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
        <source>Connect to a matter on a server (File &gt; Connect to Server...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file, or a matter on a server (postgresql://HOST/DB?matter=NAME), to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the matter</source>
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
        <source>&lt;p&gt;Rebuttal helps legal teams trace foreign-data allegations in U.S. immigration cases: where each allegation came from, when the government had it, and which decisions relied on it. It audits FOIA productions and Vaughn indexes.&lt;/p&gt;&lt;p&gt;Your case files stay on this computer. Rebuttal connects to nothing but your team&apos;s PostgreSQL server, and only when you open a matter on it (File &amp;gt; Connect to Server).&lt;/p&gt;&lt;p&gt;Rebuttal is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1 &amp;mdash; GNU LGPL version 3 (The Qt Company)&lt;/li&gt;&lt;li&gt;Poppler %2 &amp;mdash; GNU GPL version 2 or later&lt;/li&gt;&lt;li&gt;SQLite %3 &amp;mdash; public domain&lt;/li&gt;&lt;li&gt;Tesseract OCR %4 &amp;mdash; Apache License 2.0&lt;/li&gt;&lt;li&gt;libpq %5 &amp;mdash; PostgreSQL License&lt;/li&gt;&lt;/ul&gt;</source>
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
    <message>
        <source>Vaughn index imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence summary exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case records exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit findings exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research figures exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client record edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter %1 created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::AgreementDialog</name>
    <message>
        <source>Add Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code, e.g. SV; empty: inherited from the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source codes separated by commas, e.g. CHIS, TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;grams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmences on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD, YYYY-MM or YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::AgreementTableModel</name>
    <message>
        <source>Cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::AgreementsPage</name>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the registry of the agreements (MOC, SOP, ISAA...) under which foreign data reached your clients&apos; cases, to check every allegation and decision against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected agreement from the registry (Edit &gt; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy FOIA &amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the FOIA requests the agreement check calls for, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by country, program, kind or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nationals of the partner country only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure to third parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified in Vaughn index %1, entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 implements %2: delete it first, or import it with another parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA requests copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) copied to the clipboard, one line each.</source>
        <translation>
            <numerusform>%n request copied to the clipboard, one line each.</numerusform>
            <numerusform>%n requests copied to the clipboard, one line each.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Agreement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agreement to the registry by hand (Edit &gt; Undo takes it out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Agreement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the ref, title, kind, parent, country, programs or dates of the selected agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the agreements now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repatriation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asylum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criminal justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld (the section on use or access was withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only with the partner&apos;s authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::AllegationDialog</name>
    <message>
        <source>New Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Allegation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel that brought the foreign data into the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Policía Nacional Civil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign agency that supplied the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date DHS recorded or relied on the allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date counsel first learned of it; the disclosure delay runs between the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originating a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency&apos;s &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asserted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disclosed to counsel on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure c&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;etail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the allegation a ref, e.g. AL1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client already has an allegation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s country is a two-letter code such as SV or GT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asserted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed to counsel on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FOIA production, I-213, bond hearing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::AllegationTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Days between DHS asserting the allegation and counsel learning of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asserted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed before it was asserted: the dates are likely wrong. This allegation is left out of the medians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure delay: days between DHS asserting the allegation and counsel learning of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
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
    <message>
        <source>Auditing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by kind; click one to see its entry beside its page, double-click it (or press Enter) to open the page on the Documents page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::CaseFileJobs</name>
    <message>
        <source>You may read the matter %1 but not change it: your login is one of its readers, and the server refused the import. Nothing was imported. Ask the matter&apos;s owner to make you an editor (rebuttal-cli grant editor LOGIN).

The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the agreements were not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::CaseImportJob</name>
    <message>
        <source>%1: the case records were not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::CiteEventDialog</name>
    <message>
        <source>Cite as Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, ref or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite %1 as evidence for an event of a client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client the page is evidence for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no events yet. Add the event this page proves (Client &gt; Add Event), then cite the page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::ClientDialog</name>
    <message>
        <source>New Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own key for this client, e.g. a matter number. Re-importing case records with the same ref updates this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used instead of the name in de-identified exports (research, public reports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Client 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality as a two-letter ISO code, e.g. SV, GT, HN, MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alien registration number: 8 or 9 digits, optionally after A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationa&amp;lity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client a ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client&apos;s name (or a pseudonym as the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality is a two-letter code such as SV or GT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An A-number has 8 or 9 digits, optionally after A.</source>
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
    <name>rebuttal::ClientsPage</name>
    <message>
        <source>&amp;New Client...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client to this case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Client...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the client&apos;s name, nationality, A-number or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete C&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the client and their whole record (undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Allegation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a foreign-data allegation against this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add E&amp;vent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an event of the case: detention, bond, separation, asylum, removal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Selected...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected allegation or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected allegation or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Cited Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the production page the selected event cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each client&apos;s record holds the foreign-data allegations against them (SAFE, TAG, CHIS, Interpol Red Notices...), the events of their case and the decisions that relied on each allegation. Add a client, import case records (File &gt; Import Case Records), or open the demo case file to see how it looks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter clients by name, ref, country or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client in the list to see their timeline, allegations and events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days detained and separated count every spell up to today; the disclosure delay is the days between DHS asserting an allegation and counsel learning of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle&amp;gations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom into the timeline (or scroll over it; + when it has focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out of the timeline (- when it has focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole case (0 when the timeline has focus, or double-click an empty spot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days detained: %1 · Days separated: %2 · Longest disclosure delay: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (%2) with %n allegation(s) and their events? Edit &gt; Undo brings the record back.</source>
        <translation>
            <numerusform>Delete %1 (%2) with %n allegation and their events? Edit &gt; Undo brings the record back.</numerusform>
            <numerusform>Delete %1 (%2) with %n allegations and their events? Edit &gt; Undo brings the record back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) relied on allegation %1. Delete it and those links?</source>
        <translation>
            <numerusform>%n event relied on allegation %1. Delete it and those links?</numerusform>
            <numerusform>%n events relied on allegation %1. Delete it and those links?</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the client now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are what happened in the case: encounters, detention and release, bond hearings, family separation, asylum interviews, removal. Each can name the allegations it relied on and cite production pages as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allegations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations are the foreign-data claims made against this client (SAFE, TAG, CHIS, Interpol Red Notices...), with when DHS asserted each one and when counsel learned of it.</source>
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
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s)</source>
        <translation>
            <numerusform>%n redaction</numerusform>
            <numerusform>%n redactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withheld page(s)</source>
        <translation>
            <numerusform>%n withheld page</numerusform>
            <numerusform>%n withheld pages</numerusform>
        </translation>
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
        <source>New Redaction Box</source>
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
        <source>Password Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This production is protected by a password. Enter it to see its pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next search hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous search hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found: no page of this production has text readable under a box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found: no page of this production is withheld in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s size on screen (Ctrl+wheel to zoom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page of this production is withheld in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page of this production has text readable under a box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page of this production has a box marked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search first: type words in the search field and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found: no page contains %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over every page, scanned pages included: words, or &quot;a phrase&quot; in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysed, but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the production from the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the matter for %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the page now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words above and press Enter: every page that contains them is listed here, scanned pages included.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::EventDialog</name>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite the Page Shown in &amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the allegations this decision or action relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no allegations yet: add them first to link this event to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Citation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite a production page by its Bates number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a production page in the Documents page to cite it from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bates number of the cited page (e.g. ICE-2023-000117), or the Bates number where a document starts followed by # and the page within it (ICE-2023-000100#4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the event a ref, e.g. E1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client already has an event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the event (2019-03-02, or 2019-03 or 2019 when only that much is known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USCIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EOIR (immigration court, BIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOS (consulate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::EventTableModel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return opens the first cited page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::ExemptionDialog</name>
    <message>
        <source>national security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal personnel rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exempted by a statute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privileged agency records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financial institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>law enforcement records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interference with proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right to a fair trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidential source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>techniques and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>life or physical safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the exemptions claimed for this box, as printed on it or beside it. Leave all unticked for a box without a label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::FlagCountsModel</name>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allegation itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 left (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::LegalBasisView</name>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements on file: import the registry (File &gt; Import Agreements) to check this client against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1</source>
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
        <source>Save a &amp;Copy...</source>
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
        <source>Add or update clients from a rebuttal.cases JSON or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Case Records...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every client&apos;s records as rebuttal.cases JSON or CSV, e.g. for another case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2 (Bates %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case records as CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Case Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the case records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
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
        <source>No imported production has the page cited as %1. Import the production that carries it (File &gt; Import Production) and the citation will open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case records (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected client&apos;s evidence summary as a PDF, for a hearing, a congressional office or a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cite as Evidence...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite as Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client %1 in this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, printed as &quot;Prepared by&quot; on evidence summaries (Edit &gt; Preferences changes it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence summary - %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the evidence summary as %1</source>
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
    <message>
        <source>Export C&amp;hart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Research page&apos;s current chart as a PNG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save outcome counts by source as CSV, without identities, counts below 5 suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one de-identified row per client as CSV: no names, refs or dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing case records from %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite this page as evidence for an event of a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no clients yet. Add the client and the event this page proves on the Clients page, then cite the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Agreements...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements registries (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update the agreements (MOC, SOP, ISAA...) of a rebuttal.agreements registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veri&amp;fy Case File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruments under which foreign data was shared, and the check against them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: some dates to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 for damage...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Case File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged:
%2

Open a backup copy, or save a copy of what can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No damage found in %1: the database and %n stored file(s) were checked.</source>
        <translation>
            <numerusform>No damage found in %1: the database and %n stored file were checked.</numerusform>
            <numerusform>No damage found in %1: the database and %n stored files were checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported, but these pages could not be analysed in full:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the open case file, everything in it, and check it table by table against the original, e.g. for a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 and checking the copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved a copy as %1: %n row(s), every table checked against the case file.</source>
        <translation>
            <numerusform>Saved a copy as %1: %n row, every table checked against the case file.</numerusform>
            <numerusform>Saved a copy as %1: %n rows, every table checked against the case file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a Copy cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a matter your team keeps on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n agreement(s).</source>
        <translation>
            <numerusform>Imported %n agreement.</numerusform>
            <numerusform>Imported %n agreements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the matter on the server is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved a copy as %1: %n row(s), every table checked against the matter.</source>
        <translation>
            <numerusform>Saved a copy as %1: %n row, every table checked against the matter.</numerusform>
            <numerusform>Saved a copy as %1: %n rows, every table checked against the matter.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no client %1 in this matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited page not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to %1; every page was read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 lost; retrying... Colleagues&apos; changes show once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter %1 was last used with an older version of Rebuttal (schema %2; this version needs %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter needs an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its owner (%1) or a database administrator may upgrade it: ask them to open it once with this version. Until then, open it with the version of Rebuttal it was last used with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the matter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 on the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading changes the matter for the whole team: colleagues still on an older version of Rebuttal cannot open it until they update. The upgrade runs in one transaction, so if it fails or is cancelled the matter stays as it was.

Upgrade it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole case file or matter for damage: every page of the database (on a server: the matter&apos;s objects, grants and rows), and every stored file against its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Case R&amp;ecords...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Su&amp;mmary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export De-iden&amp;tified...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex&amp;port Research Dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose Case File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter is damaged</source>
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
</context>
<context>
    <name>rebuttal::PageRenderer</name>
    <message>
        <source>This page could not be drawn: the PDF is damaged here.</source>
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
    <name>rebuttal::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as &quot;Prepared by&quot; on evidence summaries and set as the PDF&apos;s author. De-identified summaries never carry it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::ReadFailureState</name>
    <message>
        <source>Cannot read the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the matter</source>
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
    <message>
        <source>(n=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement flags by program, country, decision category and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flags of the agreement check as of the as-of date, over every client, for the allegations the filters select. Each flag counts once in each of the four groups; a flag on the allegation itself, not on a decision, counts under &quot;The allegation itself&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program, country, decision category and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
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
        <source>Cannot export the chart</source>
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
    <message>
        <source>Agreement flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save counts by source (or, on the agreement flags, the flag counts) as CSV with no identities and counts below 5 shown as &lt;5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement flag counts were saved as %1, without names, A-numbers or details; counts from 1 to 4 read &lt;5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool the outcomes of every matter on this server you may read, de-identified as for one; matters you may not read are skipped and named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pool the matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pooled %n matter(s): %1.</source>
        <translation>
            <numerusform>Pooled %n matter: %1.</numerusform>
            <numerusform>Pooled %n matters: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement flags are shown for one matter at a time: each matter&apos;s agreements are its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every matter I may read on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asserted from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement flags de-identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts by source de-identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::ServerConnectDialog</name>
    <message>
        <source>&amp;List Matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name or address; a folder (starting with /) for a local socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuttal never asks for or stores your password. The server knows you by your own PostgreSQL login: your password, if the server wants one, comes from your ~/.pgpass or PostgreSQL service file, or the server recognises you without one (peer or Kerberos sign-in). Ask whoever runs the server which applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the matters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login may read no matter in that database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) this login may read.</source>
        <translation>
            <numerusform>%n matter this login may read.</numerusform>
            <numerusform>%n matters this login may read.</numerusform>
        </translation>
    </message>
    <message>
        <source>A matter&apos;s name is lower-case letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::ServerSchema</name>
    <message>
        <source>Search needs PostgreSQL&apos;s %1 extension in the database %2, and your login %4 may not create it (that takes the CREATE privilege on the database, or a superuser). Ask the database&apos;s owner (%3) to run once, in the database %2: CREATE EXTENSION %1 SCHEMA public; then try again. (The server said: %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::ShortcutsDialog</name>
    <message>
        <source>%1 menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action, key or place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::SummaryPreviewDialog</name>
    <message>
        <source>&amp;De-identify: leave out the name, A-number, preparer and page images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence Summary Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the summary: page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the preview: page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::TimelineView</name>
    <message>
        <source>The client&apos;s case over time. Scroll to zoom, drag to move, double-click to fit; click an evidence mark to open the cited page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated allegations or events to draw yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebuttal::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
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
    <message numerus="yes">
        <source>%1 (%n entry(ies))</source>
        <translation>
            <numerusform>%1 (%n entry)</numerusform>
            <numerusform>%1 (%n entries)</numerusform>
        </translation>
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
</context>
</TS>

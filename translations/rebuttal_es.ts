<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddBoxCommand</name>
    <message>
        <source>Draw Redaction Box</source>
        <translation>Dibujar recuadro de tachadura</translation>
    </message>
</context>
<context>
    <name>CaseRecordsReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>malformed JSON (%1)</source>
        <translation>JSON mal formado (%1)</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;format&quot;: &quot;rebuttal.cases&quot;</source>
        <translation>se esperaba un objeto JSON con &quot;format&quot;: &quot;rebuttal.cases&quot;</translation>
    </message>
    <message>
        <source>expected &quot;rebuttal.cases&quot;, found %1</source>
        <translation>se esperaba &quot;rebuttal.cases&quot;; se encontró %1</translation>
    </message>
    <message>
        <source>this version of Rebuttal reads version 1, found %1</source>
        <translation>esta versión de Rebuttal lee la versión 1; se encontró %1</translation>
    </message>
    <message>
        <source>expected an array of clients</source>
        <translation>se esperaba una lista (arreglo) de clientes</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>ref %1 is used by another client in this file</source>
        <translation>ref %1 ya está en uso por otro cliente de este archivo</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 must be text, found %2</source>
        <translation>%1 debe ser texto; se encontró %2</translation>
    </message>
    <message>
        <source>%1 %2 is not a real date (expected YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>%1 %2 no es una fecha válida (se esperaba AAAA-MM-DD, AAAA-MM o AAAA)</translation>
    </message>
    <message>
        <source>ref is empty</source>
        <translation>ref está vacío</translation>
    </message>
    <message>
        <source>country %1 is not an ISO 3166-1 alpha-2 code such as SV or GT</source>
        <translation>el país %1 no es un código ISO 3166-1 alfa-2, como SV o GT</translation>
    </message>
    <message>
        <source>a_number %1 is not an A-number (8 or 9 digits, optionally after A)</source>
        <translation>a_number %1 no es un número A (8 o 9 dígitos, opcionalmente precedidos de una A)</translation>
    </message>
    <message>
        <source>ref %1 is used by another allegation of this client</source>
        <translation>ref %1 ya está en uso por otra acusación de este cliente</translation>
    </message>
    <message>
        <source>ref %1 is used by another event of this client</source>
        <translation>ref %1 ya está en uso por otro evento de este cliente</translation>
    </message>
    <message>
        <source>relied_on names %1, which is not an allegation of this client</source>
        <translation>relied_on menciona %1, que no es una acusación de este cliente</translation>
    </message>
    <message>
        <source>unknown source %1 (expected one of %2)</source>
        <translation>fuente %1 desconocida (se esperaba uno de estos valores: %2)</translation>
    </message>
    <message>
        <source>unknown kind %1 (expected one of %2)</source>
        <translation>tipo de acusación %1 desconocido (se esperaba uno de estos valores: %2)</translation>
    </message>
    <message>
        <source>unknown status %1 (expected one of %2)</source>
        <translation>estado %1 desconocido (se esperaba uno de estos valores: %2)</translation>
    </message>
    <message>
        <source>unknown event type %1</source>
        <translation>tipo de evento %1 desconocido</translation>
    </message>
    <message>
        <source>relied_on must list allegation refs, found %1</source>
        <translation>relied_on debe enumerar refs de acusaciones; se encontró %1</translation>
    </message>
    <message>
        <source>evidence page must be a whole number from 1, found %1</source>
        <translation>la página de la prueba debe ser un número entero igual o mayor que 1; se encontró %1</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>%1 is not a Rebuttal case file (it is not an SQLite database).</source>
        <translation>%1 no es un expediente de Rebuttal (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rebuttal case file.</source>
        <translation>%1 es una base de datos SQLite, pero no es un expediente de Rebuttal.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rebuttal (schema %2; this version reads up to %3). Update Rebuttal to open it.</source>
        <translation>%1 se guardó con una versión más reciente de Rebuttal (esquema %2; esta versión lee hasta el esquema %3). Actualice Rebuttal para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check failed (%2). Open a backup copy instead.</source>
        <translation>%1 está dañado: falló la verificación de integridad de SQLite (%2). Abra una copia de respaldo en su lugar.</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it there and try again.</source>
        <translation>Otro programa tiene bloqueado %1. Ciérrelo en ese programa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Created case file %1</source>
        <translation>Se creó el expediente %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>Upgraded the case file from schema %1 to %2</source>
        <translation>Se actualizó el expediente del esquema %1 al esquema %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Choose a different file for the copy.</source>
        <translation>Elija otro archivo para la copia.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy the case file to %1: %2</source>
        <translation>No se puede copiar el expediente en %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir en %1.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Se guardó una copia como %1</translation>
    </message>
</context>
<context>
    <name>CaseTypes</name>
    <message>
        <source>SAFE task force</source>
        <translation>Fuerza de tarea SAFE</translation>
    </message>
    <message>
        <source>FBI TAG unit</source>
        <translation>Unidad TAG del FBI</translation>
    </message>
    <message>
        <source>CHIS criminal-history sharing</source>
        <translation>Intercambio de antecedentes penales CHIS</translation>
    </message>
    <message>
        <source>Interpol Red Notice</source>
        <translation>Notificación Roja de Interpol</translation>
    </message>
    <message>
        <source>Biometric data sharing</source>
        <translation>Intercambio de datos biométricos</translation>
    </message>
    <message>
        <source>NCIC hit</source>
        <translation>Coincidencia en NCIC</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Otra fuente</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>Apprehension</source>
        <translation>Aprehensión</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Puesta en libertad</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Deportación</translation>
    </message>
    <message>
        <source>Bond hearing</source>
        <translation>Audiencia de fianza</translation>
    </message>
    <message>
        <source>Bond denied</source>
        <translation>Fianza denegada</translation>
    </message>
    <message>
        <source>Bond granted</source>
        <translation>Fianza concedida</translation>
    </message>
    <message>
        <source>Parole denied</source>
        <translation>Parole denegado</translation>
    </message>
    <message>
        <source>Prosecutorial discretion denied</source>
        <translation>Discreción procesal denegada</translation>
    </message>
    <message>
        <source>Prosecutorial discretion granted</source>
        <translation>Discreción procesal concedida</translation>
    </message>
    <message>
        <source>Family separated</source>
        <translation>Separación familiar</translation>
    </message>
    <message>
        <source>Family reunified</source>
        <translation>Reunificación familiar</translation>
    </message>
    <message>
        <source>Credible fear interview</source>
        <translation>Entrevista de miedo creíble</translation>
    </message>
    <message>
        <source>Asylum denied</source>
        <translation>Asilo denegado</translation>
    </message>
    <message>
        <source>Asylum granted</source>
        <translation>Asilo concedido</translation>
    </message>
    <message>
        <source>Serious non-political crime bar applied</source>
        <translation>Impedimento por delito grave no político aplicado</translation>
    </message>
    <message>
        <source>CAT protection granted</source>
        <translation>Protección bajo la Convención contra la Tortura (CAT) concedida</translation>
    </message>
    <message>
        <source>Withholding of removal granted</source>
        <translation>Suspensión de la deportación (withholding of removal) concedida</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>Apelación presentada</translation>
    </message>
    <message>
        <source>Remanded</source>
        <translation>Caso devuelto (remand)</translation>
    </message>
    <message>
        <source>Solitary confinement begins</source>
        <translation>Inicio del confinamiento solitario</translation>
    </message>
    <message>
        <source>Solitary confinement ends</source>
        <translation>Fin del confinamiento solitario</translation>
    </message>
    <message>
        <source>Red Notice issued</source>
        <translation>Notificación Roja emitida</translation>
    </message>
    <message>
        <source>Red Notice blocked</source>
        <translation>Notificación Roja bloqueada</translation>
    </message>
    <message>
        <source>Red Notice withdrawn</source>
        <translation>Notificación Roja retirada</translation>
    </message>
    <message>
        <source>Rebuttal evidence filed</source>
        <translation>Pruebas de refutación presentadas</translation>
    </message>
    <message>
        <source>Allegation withdrawn</source>
        <translation>Acusación retirada</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Otro evento</translation>
    </message>
    <message>
        <source>Red Notice</source>
        <translation>Notificación Roja</translation>
    </message>
    <message>
        <source>Biometric</source>
        <translation>Datos biométricos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>ClientRecords</name>
    <message>
        <source>Imported case records from %1 (clients: %2, allegations: %3, events: %4)</source>
        <translation>Se importaron registros de casos desde %1 (clientes: %2, acusaciones: %3, eventos: %4)</translation>
    </message>
</context>
<context>
    <name>CommandLineInterface</name>
    <message>
        <source>The case file to work on.</source>
        <translation>El expediente con el que se va a trabajar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print JSON on standard output.</source>
        <translation>Imprime JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>Create a new, empty case file.</source>
        <translation>Crea un expediente nuevo y vacío.</translation>
    </message>
    <message>
        <source>List the FOIA productions in the case file.</source>
        <translation>Enumera las producciones FOIA del expediente.</translation>
    </message>
    <message>
        <source>Show the activity log (chain of custody), oldest first.</source>
        <translation>Muestra el registro de actividad (cadena de custodia), del más antiguo al más reciente.</translation>
    </message>
    <message>
        <source>Usage: rebuttal-cli --store FILE COMMAND [ARGUMENTS]</source>
        <translation>Uso: rebuttal-cli --store FILE COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;rebuttal-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Ejecute &apos;rebuttal-cli COMMAND --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>El comando que se va a ejecutar.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--store FILE is required</source>
        <translation>--store FILE es obligatorio</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init no admite argumentos</translation>
    </message>
    <message>
        <source>%1 is already a Rebuttal case file; nothing changed.</source>
        <translation>%1 ya es un expediente de Rebuttal; no se modificó nada.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Se creó %1.</translation>
    </message>
    <message>
        <source>documents takes no arguments besides --json</source>
        <translation>documents no admite más argumentos que --json</translation>
    </message>
    <message>
        <source>No productions in this case file yet.</source>
        <translation>Este expediente aún no tiene producciones.</translation>
    </message>
    <message>
        <source>log takes no arguments besides --json</source>
        <translation>log no admite más argumentos que --json</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: el archivo no existe</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: no se importó: %2</translation>
    </message>
    <message>
        <source>The password of an encrypted PDF.</source>
        <translation>La contraseña de un PDF cifrado.</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>PASSWORD</translation>
    </message>
    <message>
        <source>Show a production page by page: Bates numbers, exemptions, redactions.</source>
        <translation>Muestra una producción página por página: números Bates, exenciones y tachaduras.</translation>
    </message>
    <message>
        <source>Search the text of every production page.</source>
        <translation>Busca en el texto de todas las páginas de las producciones.</translation>
    </message>
    <message>
        <source>Run redaction detection again on a production, keeping every correction.</source>
        <translation>Vuelve a ejecutar la detección de tachaduras en una producción y conserva todas las correcciones.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>document needs one document id (see: documents --json)</source>
        <translation>document requiere un ID de documento (consulte: documents --json)</translation>
    </message>
    <message>
        <source>%1: there is no document %2 (see: documents --json)</source>
        <translation>%1: no existe el documento %2 (consulte: documents --json)</translation>
    </message>
    <message>
        <source>withheld </source>
        <translation>retenida </translation>
    </message>
    <message>
        <source>redetect needs one document id (see: documents --json)</source>
        <translation>redetect requiere un ID de documento (consulte: documents --json)</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search requiere una consulta</translation>
    </message>
    <message>
        <source>cannot search for %1: %2</source>
        <translation>no se puede buscar %1: %2</translation>
    </message>
    <message>
        <source>Import a FOIA production (PDF), a Vaughn index (PDF, text or CSV) or case records (rebuttal.cases JSON).</source>
        <translation>Importar una producción FOIA (PDF), un índice Vaughn (PDF, texto o CSV) o registros de casos (JSON rebuttal.cases).</translation>
    </message>
    <message>
        <source>List the Vaughn indexes in the case file.</source>
        <translation>Listar los índices Vaughn del expediente.</translation>
    </message>
    <message>
        <source>Show a Vaughn index entry by entry: document, pages, exemptions, reasons.</source>
        <translation>Mostrar un índice Vaughn entrada por entrada: documento, páginas, exenciones, justificaciones.</translation>
    </message>
    <message>
        <source>Audit every Vaughn index against the productions: where the index and the pages disagree.</source>
        <translation>Auditar cada índice Vaughn frente a las producciones: dónde no coinciden el índice y las páginas.</translation>
    </message>
    <message>
        <source>import needs a kind and a file: import production FILE.pdf, import vaughn FILE, or import cases FILE</source>
        <translation>import necesita un tipo y un archivo: import production ARCHIVO.pdf, import vaughn ARCHIVO o import cases ARCHIVO</translation>
    </message>
    <message>
        <source>unknown import kind &apos;%1&apos; (this version imports: production, vaughn, cases)</source>
        <translation>tipo de importación desconocido &apos;%1&apos; (esta versión importa: production, vaughn, cases)</translation>
    </message>
    <message>
        <source>vaughns takes no arguments besides --json</source>
        <translation>vaughns no admite más argumentos que --json</translation>
    </message>
    <message>
        <source>No Vaughn indexes in this case file yet.</source>
        <translation>Este expediente aún no tiene índices Vaughn.</translation>
    </message>
    <message>
        <source>vaughn needs one index id (see: vaughns --json)</source>
        <translation>vaughn necesita el id de un índice (véase: vaughns --json)</translation>
    </message>
    <message>
        <source>%1: there is no Vaughn index %2 (see: vaughns --json)</source>
        <translation>%1: no existe el índice Vaughn %2 (véase: vaughns --json)</translation>
    </message>
    <message>
        <source>audit takes no arguments besides --json</source>
        <translation>audit no admite más argumentos que --json</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Ningún hallazgo.</translation>
    </message>
</context>
<context>
    <name>DemoCaseFile</name>
    <message>
        <source>the demo client stories</source>
        <translation>las historias de clientes de demostración</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <source>Applied but not claimed</source>
        <translation>Aplicada pero no invocada</translation>
    </message>
    <message>
        <source>Claimed but never applied</source>
        <translation>Invocada pero nunca aplicada</translation>
    </message>
    <message>
        <source>Withheld page missing from the index</source>
        <translation>Página retenida ausente del índice</translation>
    </message>
    <message>
        <source>Listed page has no redaction</source>
        <translation>Página listada sin tachaduras</translation>
    </message>
    <message>
        <source>No justification given</source>
        <translation>Sin justificación</translation>
    </message>
    <message>
        <source>Boilerplate justification</source>
        <translation>Justificación genérica repetida</translation>
    </message>
    <message>
        <source>Text readable under a redaction</source>
        <translation>Texto legible bajo una tachadura</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Entrada %1: %2</translation>
    </message>
    <message>
        <source>Withholding:</source>
        <translation>Retención:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Páginas:</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>ninguna listada</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Hallazgos de la auditoría</translation>
    </message>
    <message>
        <source>Reasons given per exemption</source>
        <translation>Justificación dada por exención</translation>
    </message>
    <message>
        <source>The entry claims no exemption.</source>
        <translation>La entrada no invoca ninguna exención.</translation>
    </message>
    <message>
        <source>(reasons given but not claimed)</source>
        <translation>(justificada pero no invocada)</translation>
    </message>
    <message>
        <source>No reason is given for this exemption.</source>
        <translation>No se da ninguna justificación para esta exención.</translation>
    </message>
</context>
<context>
    <name>ProductionCorrections</name>
    <message>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>recuadro %1</translation>
    </message>
    <message>
        <source>There is no page %1 in document %2.</source>
        <translation>No existe la página %1 en el documento %2.</translation>
    </message>
    <message>
        <source>Drew a redaction box on %1 (%2)</source>
        <translation>Se dibujó un recuadro de tachadura en %1 (%2)</translation>
    </message>
    <message>
        <source>Deleted a redaction box on %1</source>
        <translation>Se eliminó un recuadro de tachadura en %1</translation>
    </message>
    <message>
        <source>Restored a redaction box on %1</source>
        <translation>Se restauró un recuadro de tachadura en %1</translation>
    </message>
    <message>
        <source>Set the exemptions of a box on %1 to %2</source>
        <translation>Se cambiaron las exenciones de un recuadro en %1 a: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Marked %1, page %2 as withheld in full</source>
        <translation>Se marcó %1, página %2, como retenida en su totalidad</translation>
    </message>
    <message>
        <source>Marked %1, page %2 as not withheld in full</source>
        <translation>Se marcó %1, página %2, como no retenida en su totalidad</translation>
    </message>
</context>
<context>
    <name>ProductionImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation>no es un archivo PDF (falta el encabezado %PDF)</translation>
    </message>
    <message>
        <source>the PDF is truncated (it stops before its %%EOF end marker)</source>
        <translation>el PDF está truncado (termina antes de su marcador final %%EOF)</translation>
    </message>
    <message>
        <source>%1: already in this case file as document %2 (same SHA-256); nothing imported</source>
        <translation>%1: ya está en este expediente como documento %2 (mismo SHA-256); no se importó nada</translation>
    </message>
    <message>
        <source>%1: imported as document %2 (%3 pages)</source>
        <translation>%1: se importó como documento %2 (%3 páginas)</translation>
    </message>
    <message>
        <source>there is no document %1 in this case file</source>
        <translation>no existe el documento %1 en este expediente</translation>
    </message>
    <message>
        <source>%1: detection run again; your corrections were kept</source>
        <translation>%1: se volvió a ejecutar la detección; se conservaron sus correcciones</translation>
    </message>
    <message>
        <source>the PDF reader (%1) is missing from this installation</source>
        <translation>falta el lector de PDF (%1) en esta instalación</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>importación cancelada</translation>
    </message>
    <message>
        <source>the PDF is password-protected; give its password</source>
        <translation>el PDF está protegido con contraseña; indique la contraseña</translation>
    </message>
    <message>
        <source>the password is not right for this PDF</source>
        <translation>la contraseña no es correcta para este PDF</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>el PDF está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>the PDF claims %1 pages, more than any production; it is damaged</source>
        <translation>el PDF declara %1 páginas, más que cualquier producción; está dañado</translation>
    </message>
    <message>
        <source>the PDF reader sent garbage for it</source>
        <translation>el lector de PDF devolvió datos no válidos para esta página</translation>
    </message>
    <message>
        <source>the PDF reader failed on too many pages</source>
        <translation>el lector de PDF falló en demasiadas páginas</translation>
    </message>
    <message>
        <source>the PDF reader could not open the file (it stopped unexpectedly)</source>
        <translation>el lector de PDF no pudo abrir el archivo (se detuvo inesperadamente)</translation>
    </message>
    <message>
        <source>the PDF reader took too long on it</source>
        <translation>el lector de PDF tardó demasiado en procesar esta página</translation>
    </message>
    <message>
        <source>the PDF reader crashed on it</source>
        <translation>el lector de PDF se cerró inesperadamente al procesar esta página</translation>
    </message>
    <message>
        <source>the PDF reader gave no answer</source>
        <translation>el lector de PDF no respondió</translation>
    </message>
    <message>
        <source>no page of the PDF could be read</source>
        <translation>no se pudo leer ninguna página del PDF</translation>
    </message>
    <message>
        <source>the PDF reader did not deliver it</source>
        <translation>el lector de PDF no entregó esta página</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>página %1: %2</translation>
    </message>
</context>
<context>
    <name>ProductionWriter</name>
    <message>
        <source>%1 is too large to store (over 2 GB).</source>
        <translation>%1 es demasiado grande para guardarlo (más de 2 GB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported.</source>
        <translation>%1 cambió mientras se estaba importando.</translation>
    </message>
    <message>
        <source>Imported production %1 (SHA-256 %2): %3 pages, %4 redactions, %5 withheld in full</source>
        <translation>Se importó la producción %1 (SHA-256 %2): %3 páginas, %4 tachaduras, %5 retenidas en su totalidad</translation>
    </message>
</context>
<context>
    <name>RedetectionWriter</name>
    <message>
        <source>The production is gone.</source>
        <translation>La producción ya no existe.</translation>
    </message>
    <message>
        <source>The stored production has %1 pages; the reader found %2.</source>
        <translation>La producción guardada tiene %1 páginas; el lector encontró %2.</translation>
    </message>
    <message>
        <source>Ran detection again on %1 (%2 boxes found anew; corrections kept)</source>
        <translation>Se volvió a ejecutar la detección en %1 (%2 recuadros detectados de nuevo; se conservaron las correcciones)</translation>
    </message>
</context>
<context>
    <name>RemoveBoxCommand</name>
    <message>
        <source>Delete Redaction Box</source>
        <translation>Eliminar recuadro de tachadura</translation>
    </message>
</context>
<context>
    <name>SetCodesCommand</name>
    <message>
        <source>Change Exemptions</source>
        <translation>Cambiar exenciones</translation>
    </message>
</context>
<context>
    <name>SetWithheldCommand</name>
    <message>
        <source>Mark Page Withheld</source>
        <translation>Marcar página como retenida</translation>
    </message>
    <message>
        <source>Mark Page Not Withheld</source>
        <translation>Marcar página como no retenida</translation>
    </message>
</context>
<context>
    <name>VaughnAudit</name>
    <message>
        <source>Entry %1 does not claim %2, but its pages apply it.</source>
        <translation>La entrada %1 no invoca %2, pero sus páginas la aplican.</translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 claims %2, but none of its %n page(s) applies it.</source>
        <translation>
            <numerusform>La entrada %1 invoca %2, pero su única página (%n) no la aplica.</numerusform>
            <numerusform>La entrada %1 invoca %2, pero ninguna de sus %n páginas la aplica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 claims %2 without giving any reason for it.</source>
        <translation>La entrada %1 invoca %2 sin dar ninguna justificación.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Page %1 (Bates %2)</source>
        <translation>Página %1 (número Bates %2)</translation>
    </message>
    <message>
        <source>%1 is withheld in full, but no entry of the index lists it.</source>
        <translation>%1 está retenida en su totalidad, pero ninguna entrada del índice la lista.</translation>
    </message>
    <message>
        <source>%1 is listed by entry %2, but nothing on it is redacted.</source>
        <translation>%1 figura en la entrada %2, pero no tiene ninguna tachadura.</translation>
    </message>
    <message>
        <source>%1 has a redaction whose text can still be copied out of the PDF.</source>
        <translation>%1 tiene una tachadura cuyo texto aún se puede copiar del PDF.</translation>
    </message>
    <message>
        <source>Entries %1 give the same reasons for %2: “%3”</source>
        <translation>Las entradas %1 dan la misma justificación para %2: “%3”</translation>
    </message>
</context>
<context>
    <name>VaughnCsvReader</name>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>no header row found: looked for a row naming the columns Entry, Document (or Bates), Withholding, Pages, Description, Exemptions, Justification in lines 1-%1</source>
        <translation>no se encontró una fila de encabezado: se buscó una fila que nombre las columnas Entry, Document (o Bates), Withholding, Pages, Description, Exemptions, Justification en las líneas 1-%1</translation>
    </message>
    <message>
        <source>line %1 names the columns but no entry follows it</source>
        <translation>la línea %1 nombra las columnas, pero no le sigue ninguna entrada</translation>
    </message>
</context>
<context>
    <name>VaughnImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation>no es un archivo PDF (falta el encabezado %PDF)</translation>
    </message>
    <message>
        <source>the PDF is truncated (it stops before its %%EOF end marker)</source>
        <translation>el PDF está truncado (termina antes de su marcador final %%EOF)</translation>
    </message>
    <message>
        <source>not a text, CSV or PDF file (it holds binary data)</source>
        <translation>no es un archivo de texto, CSV ni PDF (contiene datos binarios)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>the file is too large to be a Vaughn index (%1 MB)</source>
        <translation>el archivo es demasiado grande para ser un índice Vaughn (%1 MB)</translation>
    </message>
    <message>
        <source>%1: already in this case file as Vaughn index %2 (same SHA-256); nothing imported</source>
        <translation>%1: ya está en este expediente como índice Vaughn %2 (mismo SHA-256); no se importó nada</translation>
    </message>
    <message>
        <source>entry %1 appears twice; an entry number names one entry</source>
        <translation>la entrada %1 aparece dos veces; un número de entrada designa una sola entrada</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>importación cancelada</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported as Vaughn index %2 (%n entry(ies))</source>
        <translation>
            <numerusform>%1: importado como índice Vaughn %2 (%n entrada)</numerusform>
            <numerusform>%1: importado como índice Vaughn %2 (%n entradas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaughnIndexes</name>
    <message>
        <source>Imported Vaughn index %1 (SHA-256 %2): %3 entries</source>
        <translation>Índice Vaughn %1 importado (SHA-256 %2): %3 entradas</translation>
    </message>
</context>
<context>
    <name>VaughnTableReader</name>
    <message>
        <source>no table header found: looked for a row naming the columns Entry, Document Identification (or Bates), Withholding, Pages, Description and Exemption(s) on every page</source>
        <translation>no se encontró el encabezado de la tabla: se buscó en cada página una fila que nombre las columnas Entry, Document Identification (o Bates), Withholding, Pages, Description y Exemption(s)</translation>
    </message>
    <message>
        <source>no text found: the file has no text layer to read a table from (a scan?)</source>
        <translation>no se encontró texto: el archivo no tiene una capa de texto de la que leer una tabla (¿un escaneo?)</translation>
    </message>
    <message>
        <source>found the table header on page %1 but no numbered entry below it</source>
        <translation>se encontró el encabezado de la tabla en la página %1, pero ninguna entrada numerada debajo</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>el PDF está protegido con contraseña</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>el PDF está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>the PDF claims %1 pages, more than any Vaughn index; it is damaged</source>
        <translation>el PDF dice tener %1 páginas, más que cualquier índice Vaughn; está dañado</translation>
    </message>
    <message>
        <source>the PDF reader (%1) could not be started</source>
        <translation>no se pudo iniciar el lector de PDF (%1)</translation>
    </message>
    <message>
        <source>the PDF reader gave up on the file (it took too long or produced too much)</source>
        <translation>el lector de PDF abandonó el archivo (tardó demasiado o produjo demasiados datos)</translation>
    </message>
</context>
<context>
    <name>VaughnTextReader</name>
    <message>
        <source>no Vaughn index found: looked for a header naming the columns Entry, Document Identification, Withholding, Pages, Description and Exemption(s) in lines 1-%1</source>
        <translation>no se encontró un índice Vaughn: se buscó un encabezado que nombre las columnas Entry, Document Identification, Withholding, Pages, Description y Exemption(s) en las líneas 1-%1</translation>
    </message>
    <message>
        <source>found a Vaughn index header at line %1 but no numbered entry after it (an entry number alone on a line, then the document identification, then Full/Partial or the pages)</source>
        <translation>se encontró el encabezado de un índice Vaughn en la línea %1, pero ninguna entrada numerada después (un número de entrada solo en una línea, luego la identificación del documento y después Full/Partial o las páginas)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Audit foreign-data evidence in immigration cases.</source>
        <translation>Audita pruebas basadas en datos extranjeros en casos de inmigración.</translation>
    </message>
    <message>
        <source>Open the demo case file.</source>
        <translation>Abre el expediente de demostración.</translation>
    </message>
    <message>
        <source>A case file to open.</source>
        <translation>Expediente que se va a abrir.</translation>
    </message>
</context>
<context>
    <name>rebuttal::AboutDialog</name>
    <message>
        <source>About Rebuttal</source>
        <translation>Acerca de Rebuttal</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Rebuttal %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rebuttal %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rebuttal helps legal teams trace foreign-data allegations in U.S. immigration cases: where each allegation came from, when the government had it, and which decisions relied on it. It audits FOIA productions and Vaughn indexes.&lt;/p&gt;&lt;p&gt;Everything stays in the case file on this computer. Rebuttal makes no network connections.&lt;/p&gt;&lt;p&gt;Rebuttal is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1 &amp;mdash; GNU LGPL version 3 (The Qt Company)&lt;/li&gt;&lt;li&gt;Poppler %2 &amp;mdash; GNU GPL version 2 or later&lt;/li&gt;&lt;li&gt;SQLite %3 &amp;mdash; public domain&lt;/li&gt;&lt;li&gt;Tesseract OCR %4 &amp;mdash; Apache License 2.0&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Rebuttal ayuda a los equipos legales a rastrear las acusaciones basadas en datos extranjeros en casos de inmigración en Estados Unidos: de dónde proviene cada acusación, desde cuándo la tenía el gobierno y qué decisiones se basaron en ella. Audita producciones FOIA e índices Vaughn.&lt;/p&gt;&lt;p&gt;Toda la información permanece en el expediente, en esta computadora. Rebuttal no establece ninguna conexión de red.&lt;/p&gt;&lt;p&gt;Rebuttal es software libre, distribuido bajo la Licencia Pública General de GNU (GNU General Public License), versión 3 o posterior.&lt;/p&gt;&lt;h3&gt;Bibliotecas&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1 &amp;mdash; GNU LGPL versión 3 (The Qt Company)&lt;/li&gt;&lt;li&gt;Poppler %2 &amp;mdash; GNU GPL versión 2 o posterior&lt;/li&gt;&lt;li&gt;SQLite %3 &amp;mdash; dominio público&lt;/li&gt;&lt;li&gt;Tesseract OCR %4 &amp;mdash; Licencia Apache 2.0&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>rebuttal::ActivityLogModel</name>
    <message>
        <source>Case file created</source>
        <translation>Expediente creado</translation>
    </message>
    <message>
        <source>Case file upgraded</source>
        <translation>Formato del expediente actualizado</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copia guardada</translation>
    </message>
    <message>
        <source>Case records imported</source>
        <translation>Registros de casos importados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Production imported</source>
        <translation>Producción importada</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
</context>
<context>
    <name>rebuttal::AuditPage</name>
    <message>
        <source>Export Findings</source>
        <translation>Exportar hallazgos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing to audit yet</source>
        <translation>Aún no hay nada que auditar</translation>
    </message>
    <message>
        <source>The audit compares a Vaughn index with the production it describes: exemptions claimed but never applied, withheld pages the index omits, boilerplate justifications, and redactions that leave text readable. It needs a production and its Vaughn index.</source>
        <translation>La auditoría compara un índice Vaughn con la producción que describe: exenciones invocadas pero nunca aplicadas, páginas retenidas que el índice omite, justificaciones genéricas y tachaduras que dejan el texto legible. Requiere una producción y su índice Vaughn.</translation>
    </message>
    <message>
        <source>Audit Again</source>
        <translation>Auditar de nuevo</translation>
    </message>
    <message>
        <source>Compare the indexes with the productions again, e.g. after corrections (F5)</source>
        <translation>Comparar de nuevo los índices con las producciones, p. ej. después de correcciones (F5)</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <source>Save every finding as a CSV file for a spreadsheet or a brief (Ctrl+Shift+E)</source>
        <translation>Guardar todos los hallazgos en un archivo CSV para una hoja de cálculo o un escrito (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Findings by kind; click one to see its entry beside its page</source>
        <translation>Hallazgos por tipo; haga clic en uno para ver su entrada junto a su página</translation>
    </message>
    <message>
        <source>Choose a finding to see the entry it concerns.</source>
        <translation>Elija un hallazgo para ver la entrada a la que se refiere.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Bates</source>
        <translation>Número Bates</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>Exenciones</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n index(es)</source>
        <translation>
            <numerusform>%n índice</numerusform>
            <numerusform>%n índices</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry of the index lists this page.</source>
        <translation>Ninguna entrada del índice lista esta página.</translation>
    </message>
    <message>
        <source>This finding points at no production page.</source>
        <translation>Este hallazgo no remite a ninguna página de la producción.</translation>
    </message>
    <message>
        <source>Page %1 · Bates %2 · applied: %3</source>
        <translation>Página %1 · número Bates %2 · aplicadas: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>no exemption</source>
        <translation>ninguna exención</translation>
    </message>
    <message>
        <source> audit findings.csv</source>
        <translation> hallazgos de auditoría.csv</translation>
    </message>
    <message>
        <source>Cannot export the findings</source>
        <translation>No se pueden exportar los hallazgos</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit finding(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n hallazgo de auditoría a %1</numerusform>
            <numerusform>Se exportaron %n hallazgos de auditoría a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings exported</source>
        <translation>Hallazgos exportados</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) written to %1.</source>
        <translation>
            <numerusform>%n hallazgo escrito en %1.</numerusform>
            <numerusform>%n hallazgos escritos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebuttal::ClientListModel</name>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Acusaciones</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
</context>
<context>
    <name>rebuttal::DocumentListModel</name>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Tachaduras</translation>
    </message>
    <message>
        <source>Withheld pages</source>
        <translation>Páginas retenidas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Fecha de importación</translation>
    </message>
</context>
<context>
    <name>rebuttal::DocumentsPage</name>
    <message>
        <source>No FOIA productions yet</source>
        <translation>Aún no hay producciones FOIA</translation>
    </message>
    <message>
        <source>Productions are the pages an agency released under FOIA. Import one (a PDF, text or scanned) and Rebuttal lists each page&apos;s Bates number, its redactions and the exemptions claimed for them, the pages withheld in full, and redactions that leave the text readable.</source>
        <translation>Las producciones son las páginas que una agencia entregó en virtud de FOIA. Importe una (un PDF de texto o escaneado) y Rebuttal mostrará el número Bates de cada página, sus tachaduras y las exenciones invocadas para ellas, las páginas retenidas en su totalidad y las tachaduras que dejan el texto legible.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Show the previous page</source>
        <translation>Mostrar la página anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Show the next page</source>
        <translation>Mostrar la página siguiente</translation>
    </message>
    <message>
        <source>Next Readable</source>
        <translation>Siguiente tachadura legible</translation>
    </message>
    <message>
        <source>Go to the next page where text is still readable under a box</source>
        <translation>Ir a la siguiente página en la que el texto sigue siendo legible bajo un recuadro</translation>
    </message>
    <message>
        <source>Next Withheld</source>
        <translation>Siguiente página retenida</translation>
    </message>
    <message>
        <source>Go to the next page withheld in full</source>
        <translation>Ir a la siguiente página retenida en su totalidad</translation>
    </message>
    <message>
        <source>Draw Box</source>
        <translation>Dibujar recuadro</translation>
    </message>
    <message>
        <source>Drag on the page to add a redaction the detector missed</source>
        <translation>Arrastrar sobre la página para agregar una tachadura que el detector no encontró</translation>
    </message>
    <message>
        <source>Exemptions...</source>
        <translation>Exenciones...</translation>
    </message>
    <message>
        <source>Change the exemptions of the selected box</source>
        <translation>Cambiar las exenciones del recuadro seleccionado</translation>
    </message>
    <message>
        <source>Delete Box</source>
        <translation>Eliminar recuadro</translation>
    </message>
    <message>
        <source>Remove the selected box: it is not a redaction</source>
        <translation>Quitar el recuadro seleccionado porque no es una tachadura</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Retenida</translation>
    </message>
    <message>
        <source>Mark or unmark the page as withheld in full</source>
        <translation>Marcar o desmarcar la página como retenida en su totalidad</translation>
    </message>
    <message>
        <source>Detect Again</source>
        <translation>Detectar de nuevo</translation>
    </message>
    <message>
        <source>Run redaction detection again on this production; your corrections are kept</source>
        <translation>Volver a ejecutar la detección de tachaduras en esta producción; se conservan sus correcciones</translation>
    </message>
    <message>
        <source>The productions in this case file</source>
        <translation>Las producciones de este expediente</translation>
    </message>
    <message>
        <source>Search all pages (words or &quot;a phrase&quot;)</source>
        <translation>Buscar en todas las páginas (palabras o &quot;una frase&quot;)</translation>
    </message>
    <message>
        <source>Full-text search over every page, scanned pages included</source>
        <translation>Búsqueda de texto completo en todas las páginas, incluidas las escaneadas</translation>
    </message>
    <message>
        <source>Click a result to open its page with the words highlighted</source>
        <translation>Haga clic en un resultado para abrir su página con las palabras resaltadas</translation>
    </message>
    <message>
        <source>Productions</source>
        <translation>Producciones</translation>
    </message>
    <message>
        <source>Show only the pages with this exemption, withheld pages, or readable redactions</source>
        <translation>Mostrar solo las páginas con esta exención, las páginas retenidas o las que tienen tachaduras legibles</translation>
    </message>
    <message>
        <source>Redaction boxes in this production, by exemption</source>
        <translation>Recuadros de tachadura de esta producción, por exención</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Todas las páginas</translation>
    </message>
    <message>
        <source>Withheld in full</source>
        <translation>Retenida en su totalidad</translation>
    </message>
    <message>
        <source>Readable redactions</source>
        <translation>Tachaduras legibles</translation>
    </message>
    <message>
        <source>Exemption %1</source>
        <translation>Exención %1</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Error en la búsqueda</translation>
    </message>
    <message>
        <source>%1, page %2%3
%4</source>
        <translation>%1, página %2%3
%4</translation>
    </message>
    <message>
        <source>No page contains %1.</source>
        <translation>Ninguna página contiene %1.</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Exención</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Recuadros</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>Text readable under box</source>
        <translation>Texto legible bajo el recuadro</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Bates %1</source>
        <translation>Bates %1</translation>
    </message>
    <message>
        <source>withheld in full (marked by you)</source>
        <translation>retenida en su totalidad (marcada por usted)</translation>
    </message>
    <message>
        <source>withheld in full</source>
        <translation>retenida en su totalidad</translation>
    </message>
    <message>
        <source>exemptions %1</source>
        <translation>exenciones %1</translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s)</source>
        <translation>
            <numerusform>%n tachadura</numerusform>
            <numerusform>%n tachaduras</numerusform>
        </translation>
    </message>
    <message>
        <source>text readable under a box</source>
        <translation>texto legible bajo el recuadro</translation>
    </message>
    <message>
        <source>scanned (OCR)</source>
        <translation>escaneada (OCR)</translation>
    </message>
    <message>
        <source>not analysed: %1</source>
        <translation>no analizada: %1</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se encontraron resultados</translation>
    </message>
    <message>
        <source>No page of this production matches.</source>
        <translation>Ninguna página de esta producción cumple el criterio.</translation>
    </message>
    <message>
        <source>New Redaction Box</source>
        <translation>Nuevo recuadro de tachadura</translation>
    </message>
    <message>
        <source>Exemptions claimed for this box, as printed (for example (b)(6), (b)(7)(C)); leave empty if unlabeled:</source>
        <translation>Exenciones invocadas para este recuadro, tal como aparecen impresas (por ejemplo, (b)(6), (b)(7)(C)); déjelo vacío si no tiene etiqueta:</translation>
    </message>
    <message>
        <source>Cannot save the correction</source>
        <translation>No se puede guardar la corrección</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>Exenciones</translation>
    </message>
    <message>
        <source>Exemptions claimed for this box (for example (b)(6), (b)(7)(C)):</source>
        <translation>Exenciones invocadas para este recuadro (por ejemplo, (b)(6), (b)(7)(C)):</translation>
    </message>
    <message>
        <source>Password Required</source>
        <translation>Se requiere contraseña</translation>
    </message>
    <message>
        <source>This production is protected by a password. Enter it to see its pages:</source>
        <translation>Esta producción está protegida con contraseña. Escríbala para ver sus páginas:</translation>
    </message>
</context>
<context>
    <name>rebuttal::MainWindow</name>
    <message>
        <source>Rebuttal case files (*.rebuttal)</source>
        <translation>Expedientes de Rebuttal (*.rebuttal)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Case File...</source>
        <translation>&amp;Nuevo expediente...</translation>
    </message>
    <message>
        <source>Create an empty case file for a new matter</source>
        <translation>Crear un expediente vacío para un caso nuevo</translation>
    </message>
    <message>
        <source>&amp;Open Case File...</source>
        <translation>&amp;Abrir expediente...</translation>
    </message>
    <message>
        <source>Open an existing case file (.rebuttal)</source>
        <translation>Abrir un expediente existente (.rebuttal)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;Demo Case File</source>
        <translation>Abrir expediente de &amp;demostración</translation>
    </message>
    <message>
        <source>Explore Rebuttal with the published client stories</source>
        <translation>Explorar Rebuttal con las historias de clientes publicadas</translation>
    </message>
    <message>
        <source>Import Case &amp;Records...</source>
        <translation>&amp;Importar registros de casos...</translation>
    </message>
    <message>
        <source>Add or update clients from a rebuttal.cases JSON file</source>
        <translation>Agregar o actualizar clientes desde un archivo JSON rebuttal.cases</translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation>Guardar una &amp;copia...</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open case file, e.g. for a backup</source>
        <translation>Guardar una copia coherente del expediente abierto, por ejemplo, como respaldo</translation>
    </message>
    <message>
        <source>&amp;Close Case File</source>
        <translation>C&amp;errar expediente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Rebuttal</source>
        <translation>&amp;Acerca de Rebuttal</translation>
    </message>
    <message>
        <source>No case file is open</source>
        <translation>No hay ningún expediente abierto</translation>
    </message>
    <message>
        <source>A case file keeps a matter&apos;s FOIA productions, Vaughn indexes and client records together in one file on this computer. Create one, open one, or explore the demo.</source>
        <translation>Un expediente reúne en un solo archivo, en esta computadora, las producciones FOIA, los índices Vaughn y los registros de clientes de un caso. Cree uno, abra uno existente o explore la demostración.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Clients, their allegations, events and timelines</source>
        <translation>Clientes, sus acusaciones, eventos y cronologías</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>FOIA productions: pages, redactions and exemptions</source>
        <translation>Producciones FOIA: páginas, tachaduras y exenciones</translation>
    </message>
    <message>
        <source>Vaughn indexes</source>
        <translation>Índices Vaughn</translation>
    </message>
    <message>
        <source>The agency&apos;s justifications for each withholding</source>
        <translation>Las justificaciones de la agencia para cada retención de información</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Where the Vaughn index and the production disagree</source>
        <translation>Dónde no coinciden el índice Vaughn y la producción</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Aggregated outcomes across clients</source>
        <translation>Resultados agregados de todos los clientes</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>Chain of custody: every import, edit and export</source>
        <translation>Cadena de custodia: cada importación, edición y exportación</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Aún no hay clientes</translation>
    </message>
    <message>
        <source>Each client&apos;s record holds the foreign-data allegations against them (SAFE, TAG, CHIS, Interpol Red Notices...), the events of their case and the decisions that relied on each allegation. Import case records (File &gt; Import Case Records), or open the demo case file to see how it looks.</source>
        <translation>El registro de cada cliente contiene las acusaciones basadas en datos extranjeros en su contra (SAFE, TAG, CHIS, Notificaciones Rojas de Interpol...), los eventos de su caso y las decisiones que se basaron en cada acusación. Importe registros de casos (Archivo &gt; Importar registros de casos) o abra el expediente de demostración para ver cómo funciona.</translation>
    </message>
    <message>
        <source>Filter clients by name, ref, country or source</source>
        <translation>Filtrar clientes por nombre, ref., país o fuente</translation>
    </message>
    <message>
        <source>No research figures yet</source>
        <translation>Aún no hay datos de investigación</translation>
    </message>
    <message>
        <source>Research charts aggregate outcomes across clients: how often each foreign-data source led to detention, bond denial or separation, and how long the government held an allegation before counsel learned of it.</source>
        <translation>Los gráficos de investigación agregan los resultados de todos los clientes: con qué frecuencia cada fuente de datos extranjeros llevó a la detención, a la denegación de fianza o a la separación familiar, y cuánto tiempo tuvo el gobierno una acusación antes de que la representación legal se enterara de ella.</translation>
    </message>
    <message>
        <source>No activity recorded</source>
        <translation>No hay actividad registrada</translation>
    </message>
    <message>
        <source>Every import, edit and export of this case file is recorded here.</source>
        <translation>Aquí se registra cada importación, edición y exportación de este expediente.</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Filtrar el registro</translation>
    </message>
    <message>
        <source>Cannot open the case file</source>
        <translation>No se puede abrir el expediente</translation>
    </message>
    <message>
        <source>Cannot create the case file</source>
        <translation>No se puede crear el expediente</translation>
    </message>
    <message>
        <source>Cannot create the demo case file</source>
        <translation>No se puede crear el expediente de demostración</translation>
    </message>
    <message>
        <source>Demo case file: the client stories of a published policy brief.</source>
        <translation>Expediente de demostración: las historias de clientes de un informe de políticas publicado.</translation>
    </message>
    <message>
        <source>%1 — Rebuttal</source>
        <translation>%1 — Rebuttal</translation>
    </message>
    <message>
        <source>Rebuttal</source>
        <translation>Rebuttal</translation>
    </message>
    <message>
        <source>New Case File</source>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <source>%1 already exists. Rebuttal does not overwrite files; choose a new name.</source>
        <translation>%1 ya existe. Rebuttal no sobrescribe archivos; elija otro nombre.</translation>
    </message>
    <message>
        <source>Open Case File</source>
        <translation>Abrir expediente</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot import the case records</source>
        <translation>No se pueden importar los registros de casos</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s)</source>
        <translation>
            <numerusform>Se importó %n cliente</numerusform>
            <numerusform>Se importaron %n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n allegation(s)</source>
        <translation>
            <numerusform> con %n acusación</numerusform>
            <numerusform> con %n acusaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n event(s).</source>
        <translation>
            <numerusform> y %n evento.</numerusform>
            <numerusform> y %n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Case Records</source>
        <translation>Importar registros de casos</translation>
    </message>
    <message>
        <source>Case records (*.json)</source>
        <translation>Registros de casos (*.json)</translation>
    </message>
    <message>
        <source> (copy).rebuttal</source>
        <translation> (copia).rebuttal</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Se guardó una copia como %1</translation>
    </message>
    <message>
        <source>No recent case files</source>
        <translation>No hay expedientes recientes</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Borrar menú</translation>
    </message>
    <message>
        <source>&amp;Import Production...</source>
        <translation>Importar &amp;producción...</translation>
    </message>
    <message>
        <source>Add a FOIA production (PDF, text or scanned) to this case file</source>
        <translation>Agregar una producción FOIA (PDF de texto o escaneado) a este expediente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Import Production</source>
        <translation>Importar producción</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Detecting redactions again…</source>
        <translation>Detectando tachaduras de nuevo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Detect Again</source>
        <translation>Detectar de nuevo</translation>
    </message>
    <message>
        <source>Analysing page %1 of %2…</source>
        <translation>Analizando la página %1 de %2…</translation>
    </message>
    <message>
        <source>Some pages could not be analysed</source>
        <translation>No se pudieron analizar algunas páginas</translation>
    </message>
    <message>
        <source>%1 was imported, but these pages were skipped and kept empty:
%2</source>
        <translation>Se importó %1, pero estas páginas se omitieron y quedaron vacías:
%2</translation>
    </message>
    <message>
        <source>Password Required</source>
        <translation>Se requiere contraseña</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter it to import the file:</source>
        <translation>%1 está protegido con contraseña. Escríbala para importar el archivo:</translation>
    </message>
    <message>
        <source>Import cancelled; the case file is unchanged.</source>
        <translation>Importación cancelada; el expediente no se modificó.</translation>
    </message>
    <message>
        <source>Cannot import the production</source>
        <translation>No se puede importar la producción</translation>
    </message>
    <message>
        <source>Import &amp;Vaughn Index...</source>
        <translation>Importar índice &amp;Vaughn...</translation>
    </message>
    <message>
        <source>Add the agency&apos;s Vaughn index (a PDF table, text or CSV) to audit it against the production</source>
        <translation>Añadir el índice Vaughn de la agencia (una tabla PDF, texto o CSV) para auditarlo frente a la producción</translation>
    </message>
    <message>
        <source>Import Vaughn Index</source>
        <translation>Importar índice Vaughn</translation>
    </message>
    <message>
        <source>Vaughn indexes (*.pdf *.txt *.csv)</source>
        <translation>Índices Vaughn (*.pdf *.txt *.csv)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <source>Cannot import the Vaughn index</source>
        <translation>No se puede importar el índice Vaughn</translation>
    </message>
</context>
<context>
    <name>rebuttal::PageListModel</name>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Bates %1</source>
        <translation>Bates %1</translation>
    </message>
    <message>
        <source>Withheld in full (marked by you)</source>
        <translation>Retenida en su totalidad (marcada por usted)</translation>
    </message>
    <message>
        <source>Withheld in full</source>
        <translation>Retenida en su totalidad</translation>
    </message>
    <message>
        <source>Exemptions: %1</source>
        <translation>Exenciones: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s)</source>
        <translation>
            <numerusform>%n tachadura</numerusform>
            <numerusform>%n tachaduras</numerusform>
        </translation>
    </message>
    <message>
        <source>Text is still readable under a redaction</source>
        <translation>El texto sigue siendo legible bajo una tachadura</translation>
    </message>
    <message>
        <source>Scanned page: text read by OCR</source>
        <translation>Página escaneada: texto leído por OCR</translation>
    </message>
    <message>
        <source>Not analysed: %1</source>
        <translation>No analizada: %1</translation>
    </message>
</context>
<context>
    <name>rebuttal::PageView</name>
    <message>
        <source>Rendering page %1…</source>
        <translation>Cargando la página %1…</translation>
    </message>
    <message>
        <source>Readable: %1</source>
        <translation>Legible: %1</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <source>Redaction without a label</source>
        <translation>Tachadura sin etiqueta</translation>
    </message>
    <message>
        <source>Exemptions: %1</source>
        <translation>Exenciones: %1</translation>
    </message>
    <message>
        <source>Label as printed: %1</source>
        <translation>Etiqueta tal como aparece impresa: %1</translation>
    </message>
    <message>
        <source>Text still readable under the box: %1</source>
        <translation>Texto aún legible bajo el recuadro: %1</translation>
    </message>
    <message>
        <source>Drawn by you</source>
        <translation>Dibujado por usted</translation>
    </message>
    <message>
        <source>Exemptions set by you</source>
        <translation>Exenciones fijadas por usted</translation>
    </message>
</context>
<context>
    <name>rebuttal::VaughnEntryModel</name>
    <message>
        <source>Full</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicada</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) listed</source>
        <translation>
            <numerusform>%n página listada</numerusform>
            <numerusform>%n páginas listadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit finding(s) concern this entry</source>
        <translation>
            <numerusform>%n hallazgo de auditoría se refiere a esta entrada</numerusform>
            <numerusform>%n hallazgos de auditoría se refieren a esta entrada</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Withholding</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>Exenciones</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>rebuttal::VaughnPage</name>
    <message>
        <source>No Vaughn indexes yet</source>
        <translation>Aún no hay índices Vaughn</translation>
    </message>
    <message>
        <source>A Vaughn index is the agency&apos;s itemized justification for what it withheld. Import one (a PDF table, text or CSV) and Rebuttal lists its entries with their pages, exemptions and reasons, shows the production pages each entry lists, and audits the index against them.</source>
        <translation>Un índice Vaughn es la justificación detallada de la agencia de lo que retuvo. Importe uno (una tabla PDF, texto o CSV) y Rebuttal lista sus entradas con sus páginas, exenciones y justificaciones, muestra las páginas de la producción que lista cada entrada y audita el índice frente a ellas.</translation>
    </message>
    <message>
        <source>The Vaughn index to show</source>
        <translation>El índice Vaughn que se muestra</translation>
    </message>
    <message>
        <source>Show only the entries that claim this exemption</source>
        <translation>Mostrar solo las entradas que invocan esta exención</translation>
    </message>
    <message>
        <source>Filter entries by document, pages or description (Ctrl+F)</source>
        <translation>Filtrar entradas por documento, páginas o descripción (Ctrl+F)</translation>
    </message>
    <message>
        <source>Index:</source>
        <translation>Índice:</translation>
    </message>
    <message>
        <source>Exemption:</source>
        <translation>Exención:</translation>
    </message>
    <message>
        <source>The entries of the index; click a column header to sort</source>
        <translation>Las entradas del índice; haga clic en el encabezado de una columna para ordenar</translation>
    </message>
    <message>
        <source>Choose an entry to read its reasons and the audit&apos;s findings.</source>
        <translation>Elija una entrada para leer su justificación y los hallazgos de la auditoría.</translation>
    </message>
    <message>
        <source>The production pages this entry lists, with the exemptions actually applied on each; double-click to open a page in Documents</source>
        <translation>Las páginas de la producción que lista esta entrada, con las exenciones realmente aplicadas en cada una; doble clic para abrir una página en Documentos</translation>
    </message>
    <message>
        <source>Pages listed, with the exemptions applied on them</source>
        <translation>Páginas listadas, con las exenciones aplicadas en ellas</translation>
    </message>
    <message>
        <source>All exemptions</source>
        <translation>Todas las exenciones</translation>
    </message>
    <message>
        <source>This entry lists no pages.</source>
        <translation>Esta entrada no lista ninguna página.</translation>
    </message>
    <message>
        <source>None of the pages this entry lists is in a production of this case file: import the production whose Bates numbers start at %1.</source>
        <translation>Ninguna de las páginas que lista esta entrada está en una producción de este expediente: importe la producción cuyos números Bates empiezan en %1.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>no exemption applied</source>
        <translation>ninguna exención aplicada</translation>
    </message>
    <message>
        <source>withheld: %1</source>
        <translation>retenida: %1</translation>
    </message>
    <message>
        <source>Page %1 of the production</source>
        <translation>Página %1 de la producción</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Aplicadas: %1</translation>
    </message>
    <message>
        <source>Not claimed by this entry: %1</source>
        <translation>No invocadas por esta entrada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entry(ies))</source>
        <translation>
            <numerusform>%1 (%n entrada)</numerusform>
            <numerusform>%1 (%n entradas)</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Print JSON on standard output.</source>
        <translation>Imprime JSON en la salida estándar.</translation>
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
        <source>Count open detention and separation spells up to this day (default: today).</source>
        <translation>Contar los periodos de detención y separación abiertos hasta este día (por omisión: hoy).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print CSV on standard output.</source>
        <translation>Imprimir CSV en la salida estándar.</translation>
    </message>
    <message>
        <source>Leave out names, A-numbers and anything else that identifies a client.</source>
        <translation>Omitir nombres, números A y todo lo que identifique a un cliente.</translation>
    </message>
</context>
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
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>evento %1</translation>
    </message>
    <message>
        <source>allegation %1</source>
        <translation>acusación %1</translation>
    </message>
    <message>
        <source>source %1 is not a known source (expected one of %2)</source>
        <translation>la fuente %1 no es una fuente conocida (se esperaba una de %2)</translation>
    </message>
    <message>
        <source>kind %1 is not a known kind (expected one of %2)</source>
        <translation>el tipo %1 no es un tipo conocido (se esperaba uno de %2)</translation>
    </message>
    <message>
        <source>status %1 is not a known status (expected one of %2)</source>
        <translation>el estado %1 no es un estado conocido (se esperaba uno de %2)</translation>
    </message>
    <message>
        <source>type %1 is not a known event type (for example detention_start, bond_denied, removal)</source>
        <translation>el tipo %1 no es un tipo de evento conocido (por ejemplo detention_start, bond_denied, removal)</translation>
    </message>
    <message>
        <source>%1 %2 is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>%1 %2 no es una fecha (se esperaba AAAA-MM-DD, AAAA-MM o AAAA)</translation>
    </message>
    <message>
        <source>%1 %2 is not an ISO 3166-1 alpha-2 code such as SV or GT</source>
        <translation>%1 %2 no es un código ISO 3166-1 alfa-2 como SV o GT</translation>
    </message>
    <message>
        <source>format must be &quot;rebuttal.cases&quot;, found %1</source>
        <translation>el formato debe ser &quot;rebuttal.cases&quot;; se encontró %1</translation>
    </message>
    <message>
        <source>not a rebuttal.cases document (%1)</source>
        <translation>no es un documento rebuttal.cases (%1)</translation>
    </message>
    <message>
        <source>%1 %2 does not fit the rebuttal.cases schema (%3)</source>
        <translation>%1 %2 no se ajusta al esquema rebuttal.cases (%3)</translation>
    </message>
    <message>
        <source>the file is empty (expected a header row naming the columns: %1)</source>
        <translation>el archivo está vacío (se esperaba una fila de encabezado con las columnas: %1)</translation>
    </message>
    <message>
        <source>unknown column %1 (the columns are: %2)</source>
        <translation>columna desconocida %1 (las columnas son: %2)</translation>
    </message>
    <message>
        <source>no %1 column (the header row must name the columns: %2)</source>
        <translation>falta la columna %1 (la fila de encabezado debe nombrar las columnas: %2)</translation>
    </message>
    <message>
        <source>client_ref is empty</source>
        <translation>client_ref está vacío</translation>
    </message>
    <message>
        <source>%1 %2 differs from %3 on line %4</source>
        <translation>%1 %2 difiere de %3 en la línea %4</translation>
    </message>
    <message>
        <source>record %1 must be client, allegation or event</source>
        <translation>el registro %1 debe ser client, allegation o event</translation>
    </message>
    <message>
        <source>a %1 row has no %2 (found %3)</source>
        <translation>una fila %1 no tiene %2 (se encontró %3)</translation>
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
    <name>ChartImage</name>
    <message>
        <source>only .png and .svg files can be written</source>
        <translation>solo se pueden escribir archivos .png y .svg</translation>
    </message>
    <message>
        <source>A chart made by Rebuttal</source>
        <translation>Un gráfico hecho con Rebuttal</translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation>no se pudo dibujar el gráfico</translation>
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
        <source>import needs a kind and a file: import production FILE.pdf, or import cases FILE</source>
        <translation>import requiere un tipo y un archivo: import production FILE.pdf o import cases FILE</translation>
    </message>
    <message>
        <source>unknown import kind &apos;%1&apos; (this version imports: production, cases)</source>
        <translation>tipo de importación desconocido: &apos;%1&apos; (esta versión importa: production, cases)</translation>
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
        <source>--as-of %1 is not a calendar date (expected YYYY-MM-DD)</source>
        <translation>--as-of %1 no es una fecha del calendario (se esperaba AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>timeline needs one client ref</source>
        <translation>timeline necesita una referencia de cliente</translation>
    </message>
    <message>
        <source>%1: there is no client %2</source>
        <translation>%1: no hay ningún cliente %2</translation>
    </message>
    <message>
        <source>Days detained: %1</source>
        <translation>Días detenido: %1</translation>
    </message>
    <message>
        <source>Days separated: %1</source>
        <translation>Días de separación: %1</translation>
    </message>
    <message>
        <source>export needs a kind: export cases --out FILE.json|FILE.csv</source>
        <translation>export necesita un tipo: export cases --out ARCHIVO.json|ARCHIVO.csv</translation>
    </message>
    <message>
        <source>unknown export kind &apos;%1&apos;</source>
        <translation>tipo de exportación desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>export cases needs --out FILE.json or --out FILE.csv</source>
        <translation>export cases necesita --out ARCHIVO.json o --out ARCHIVO.csv</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: no se puede escribir el archivo (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n cliente a %1.</numerusform>
            <numerusform>Se exportaron %n clientes a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a FOIA production (PDF) or case records (rebuttal.cases JSON or CSV).</source>
        <translation>Importar una producción FOIA (PDF) o expedientes de clientes (rebuttal.cases en JSON o CSV).</translation>
    </message>
    <message>
        <source>Show a client&apos;s allegations and events in date order, with days detained and separated.</source>
        <translation>Mostrar las acusaciones y los eventos de un cliente por fecha, con los días detenido y de separación.</translation>
    </message>
    <message>
        <source>Write every client&apos;s records as rebuttal.cases JSON or CSV.</source>
        <translation>Escribir los expedientes de todos los clientes como rebuttal.cases en JSON o CSV.</translation>
    </message>
    <message>
        <source>Aggregate outcomes by foreign-data source across every client.</source>
        <translation>Resultados agregados por fuente de datos extranjeros en todos los clientes.</translation>
    </message>
    <message>
        <source>Write a de-identified research dataset: one row per client, no names, refs or dates.</source>
        <translation>Escribir un conjunto de datos de investigación desidentificado: una fila por cliente, sin nombres, referencias ni fechas.</translation>
    </message>
    <message>
        <source>Draw a research chart as a PNG or SVG image.</source>
        <translation>Dibujar un gráfico de investigación como imagen PNG o SVG.</translation>
    </message>
    <message>
        <source>stats takes no arguments besides --json or --csv [--deidentify] and --as-of</source>
        <translation>stats no admite argumentos aparte de --json o --csv [--deidentify] y --as-of</translation>
    </message>
    <message>
        <source>stats needs one of --json or --csv</source>
        <translation>stats necesita --json o --csv</translation>
    </message>
    <message>
        <source>--deidentify goes with --csv (the JSON carries no identities, only exact counts)</source>
        <translation>--deidentify va con --csv (el JSON no lleva identidades, solo recuentos exactos)</translation>
    </message>
    <message>
        <source>dataset needs --out FILE.csv</source>
        <translation>dataset necesita --out ARCHIVO.csv</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n de-identified client row(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n fila desidentificada de cliente en %1.</numerusform>
            <numerusform>Se escribieron %n filas desidentificadas de clientes en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>chart needs a chart name (%1) and --out FILE.png|FILE.svg</source>
        <translation>chart necesita el nombre de un gráfico (%1) y --out ARCHIVO.png|ARCHIVO.svg</translation>
    </message>
    <message>
        <source>chart writes .png or .svg files, not %1</source>
        <translation>chart escribe archivos .png o .svg, no %1</translation>
    </message>
    <message>
        <source>%1: cannot write the chart (%2)</source>
        <translation>%1: no se puede escribir el gráfico (%2)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>cannot start the CSV reader</source>
        <translation>no se puede iniciar el lector de CSV</translation>
    </message>
    <message>
        <source>line %1: malformed CSV (%2)</source>
        <translation>línea %1: CSV mal formado (%2)</translation>
    </message>
    <message>
        <source>line %1: malformed CSV (a quoted field is never closed)</source>
        <translation>línea %1: CSV mal formado (un campo entre comillas nunca se cierra)</translation>
    </message>
    <message>
        <source>line %1: not UTF-8 text (save the file as CSV UTF-8)</source>
        <translation>línea %1: no es texto UTF-8 (guarde el archivo como CSV UTF-8)</translation>
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
    <name>rebuttal::DistributionModel</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation>Cuartil inferior</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation>Cuartil superior</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
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
        <source>No Vaughn indexes yet</source>
        <translation>Aún no hay índices Vaughn</translation>
    </message>
    <message>
        <source>A Vaughn index is the agency&apos;s itemized justification for what it withheld. Imported indexes are listed here with their entries, pages, exemptions and reasons.</source>
        <translation>Un índice Vaughn es la justificación detallada, punto por punto, que da la agencia de lo que retuvo. Los índices importados aparecen aquí con sus entradas, páginas, exenciones y motivos.</translation>
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
        <source>Export C&amp;hart...</source>
        <translation>Exportar &amp;gráfico...</translation>
    </message>
    <message>
        <source>Save the Research page&apos;s current chart as a PNG or SVG image</source>
        <translation>Guardar el gráfico actual de la página Investigación como imagen PNG o SVG</translation>
    </message>
    <message>
        <source>Export De-&amp;identified...</source>
        <translation>Exportar &amp;desidentificado...</translation>
    </message>
    <message>
        <source>Save outcome counts by source as CSV, without identities, counts below 5 suppressed</source>
        <translation>Guardar los recuentos de resultados por fuente en CSV, sin identidades y con los recuentos menores de 5 suprimidos</translation>
    </message>
    <message>
        <source>Export Research &amp;Dataset...</source>
        <translation>Exportar conjunto de datos de in&amp;vestigación...</translation>
    </message>
    <message>
        <source>Save one de-identified row per client as CSV: no names, refs or dates</source>
        <translation>Guardar una fila desidentificada por cliente en CSV: sin nombres, referencias ni fechas</translation>
    </message>
</context>
<context>
    <name>rebuttal::OutcomeCountsModel</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Events of this type that relied on at least one of these allegations</source>
        <translation>Eventos de este tipo que se basaron en al menos una de estas acusaciones</translation>
    </message>
    <message>
        <source>Distinct clients with at least one of these allegations</source>
        <translation>Clientes distintos con al menos una de estas acusaciones</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <source>Year asserted</source>
        <translation>Año de la acusación</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Acusaciones</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>SNPC bar</source>
        <translation>Exclusión por delito grave no político</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Detención</translation>
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
    <name>rebuttal::ResearchCharts</name>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Acusaciones</translation>
    </message>
    <message>
        <source>Decisions that relied on each foreign-data source</source>
        <translation>Decisiones basadas en cada fuente de datos extranjeros</translation>
    </message>
    <message>
        <source>Allegations and clients by origin country</source>
        <translation>Acusaciones y clientes por país de origen</translation>
    </message>
    <message>
        <source>Allegations and clients by year asserted</source>
        <translation>Acusaciones y clientes por año de la acusación</translation>
    </message>
    <message>
        <source>Days detained per client, by source</source>
        <translation>Días detenido por cliente, por fuente</translation>
    </message>
    <message>
        <source>Days of family separation per client, by source</source>
        <translation>Días de separación familiar por cliente, por fuente</translation>
    </message>
    <message>
        <source>Disclosure delay in days, by source</source>
        <translation>Retraso en la divulgación en días, por fuente</translation>
    </message>
    <message>
        <source>Events whose record says they relied on an allegation from the source. An event that relied on two sources counts once under each.</source>
        <translation>Eventos cuyo registro indica que se basaron en una acusación de la fuente. Un evento basado en dos fuentes cuenta una vez en cada una.</translation>
    </message>
    <message>
        <source>Allegations selected by the filters, and the distinct clients they concern.</source>
        <translation>Acusaciones seleccionadas por los filtros y los clientes distintos a los que afectan.</translation>
    </message>
    <message>
        <source>A spell counts under a source when its first event, or any event up to its end (bond or parole denied, asylum denied...), relied on an allegation from that source: the detention or separation the allegation was used to start or prolong. A client&apos;s spells add up; an open spell runs to the as-of date. Boxes show the quartiles, whiskers the minimum and maximum.</source>
        <translation>Un periodo cuenta en una fuente cuando su primer evento, o cualquier evento hasta su fin (fianza o libertad condicional denegada, asilo denegado...), se basó en una acusación de esa fuente: la detención o separación familiar que la acusación sirvió para iniciar o prolongar. Los periodos de un cliente se suman; un periodo abierto llega hasta la fecha de corte. Las cajas muestran los cuartiles; los bigotes, el mínimo y el máximo.</translation>
    </message>
    <message>
        <source>Days from the date DHS asserted an allegation to the date counsel learned of it; allegations missing either date are left out.</source>
        <translation>Días desde que DHS formuló una acusación hasta que la defensa la conoció; se omiten las acusaciones a las que les falta alguna de las dos fechas.</translation>
    </message>
    <message>
        <source>Source of the allegation</source>
        <translation>Fuente de la acusación</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Days before counsel learned of it</source>
        <translation>Días hasta que la defensa la conoció</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>%1 (n=%2)</source>
        <translation>%1 (n=%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s)
minimum %2, lower quartile %3, median %4, upper quartile %5, maximum %6</source>
        <translation>
            <numerusform>%1: %n valor
mínimo %2, cuartil inferior %3, mediana %4, cuartil superior %5, máximo %6</numerusform>
            <numerusform>%1: %n valores
mínimo %2, cuartil inferior %3, mediana %4, cuartil superior %5, máximo %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebuttal::ResearchPage</name>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>No research figures yet</source>
        <translation>Aún no hay datos de investigación</translation>
    </message>
    <message>
        <source>Research charts aggregate outcomes across clients: how often each foreign-data source led to detention, bond denial, separation or an asylum bar, how long people were detained, and how long the government held an allegation before counsel learned of it. They appear once client records with allegations are imported.</source>
        <translation>Los gráficos de investigación agregan los resultados de todos los clientes: con qué frecuencia cada fuente de datos extranjeros llevó a detención, denegación de fianza, separación familiar o exclusión del asilo, cuánto tiempo estuvieron detenidas las personas y cuánto tiempo retuvo el gobierno una acusación antes de que la defensa la conociera. Aparecen al importar expedientes de clientes con acusaciones.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separación familiar</translation>
    </message>
    <message>
        <source>Disclosure delay</source>
        <translation>Retraso en la divulgación</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Export Chart...</source>
        <translation>Exportar gráfico...</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG or SVG image</source>
        <translation>Guardar el gráfico mostrado como imagen PNG o SVG</translation>
    </message>
    <message>
        <source>Export Numbers...</source>
        <translation>Exportar cifras...</translation>
    </message>
    <message>
        <source>Save the numbers of the chart shown as CSV</source>
        <translation>Guardar las cifras del gráfico mostrado en CSV</translation>
    </message>
    <message>
        <source>Export De-identified...</source>
        <translation>Exportar desidentificado...</translation>
    </message>
    <message>
        <source>Save counts by source as CSV with no identities and counts below 5 shown as &lt;5</source>
        <translation>Guardar los recuentos por fuente en CSV sin identidades y con los recuentos menores de 5 mostrados como &lt;5</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Only allegations from this foreign-data source</source>
        <translation>Solo acusaciones de esta fuente de datos extranjeros</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Only allegations supplied by this country</source>
        <translation>Solo acusaciones proporcionadas por este país</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Only allegations with this status</source>
        <translation>Solo acusaciones con este estado</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Only allegations DHS asserted on or after this day</source>
        <translation>Solo acusaciones que DHS formuló en esta fecha o después</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Only allegations DHS asserted on or before this day</source>
        <translation>Solo acusaciones que DHS formuló en esta fecha o antes</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Fecha de &amp;corte:</translation>
    </message>
    <message>
        <source>Detention and separation still going on are counted up to this day</source>
        <translation>La detención y la separación familiar en curso se cuentan hasta esta fecha</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Show every allegation again</source>
        <translation>Mostrar de nuevo todas las acusaciones</translation>
    </message>
    <message>
        <source>Cannot read the research figures</source>
        <translation>No se pueden leer las cifras de investigación</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>No allegations match these filters.</source>
        <translation>Ninguna acusación coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%n allegation(s)</source>
        <translation>
            <numerusform>%n acusación</numerusform>
            <numerusform>%n acusaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Se exportó %1 a %2</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>No se puede exportar el gráfico</translation>
    </message>
    <message>
        <source>Exported the chart &quot;%1&quot; to %2</source>
        <translation>Se exportó el gráfico &quot;%1&quot; a %2</translation>
    </message>
    <message>
        <source>the numbers of &quot;%1&quot;</source>
        <translation>las cifras de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>de-identified counts by source</source>
        <translation>recuentos desidentificados por fuente</translation>
    </message>
    <message>
        <source>a de-identified research dataset</source>
        <translation>un conjunto de datos de investigación desidentificado</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Chart exported</source>
        <translation>Gráfico exportado</translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation>El gráfico se guardó como %1.</translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation>Exportar cifras</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Numbers exported</source>
        <translation>Cifras exportadas</translation>
    </message>
    <message>
        <source>The numbers were saved as %1.</source>
        <translation>Las cifras se guardaron como %1.</translation>
    </message>
    <message>
        <source>Export De-identified</source>
        <translation>Exportar desidentificado</translation>
    </message>
    <message>
        <source>De-identified counts exported</source>
        <translation>Recuentos desidentificados exportados</translation>
    </message>
    <message>
        <source>Counts by source were saved as %1, without names, A-numbers or details; counts from 1 to 4 read &lt;5.</source>
        <translation>Los recuentos por fuente se guardaron como %1, sin nombres, números A ni detalles; los recuentos de 1 a 4 aparecen como &lt;5.</translation>
    </message>
    <message>
        <source>Export Research Dataset</source>
        <translation>Exportar conjunto de datos de investigación</translation>
    </message>
    <message>
        <source>Research dataset exported</source>
        <translation>Conjunto de datos de investigación exportado</translation>
    </message>
    <message>
        <source>One row per client was saved as %1: sources, event counts, days and the year of the first allegation; no names, refs or dates.</source>
        <translation>Se guardó una fila por cliente como %1: fuentes, recuentos de eventos, días y el año de la primera acusación; sin nombres, referencias ni fechas.</translation>
    </message>
</context>
</TS>

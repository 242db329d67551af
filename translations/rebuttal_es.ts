<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Upgraded the case file from schema %1 to %2</source>
        <translation>Se actualizó el expediente del esquema %1 al esquema %2</translation>
    </message>
    <message>
        <source>Imported case records from %1 (clients: %2, allegations: %3, events: %4)</source>
        <translation>Se importaron registros de casos desde %1 (clientes: %2, acusaciones: %3, eventos: %4)</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>recuadro %1</translation>
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
        <source>Removed the exemptions of a box on %1</source>
        <translation>Se quitaron las exenciones de un recuadro en %1</translation>
    </message>
    <message>
        <source>Set the exemptions of a box on %1 to %2</source>
        <translation>Se cambiaron las exenciones de un recuadro en %1 a: %2</translation>
    </message>
    <message>
        <source>Marked %1, page %2 as withheld in full</source>
        <translation>Se marcó %1, página %2, como retenida en su totalidad</translation>
    </message>
    <message>
        <source>Marked %1, page %2 as not withheld in full</source>
        <translation>Se marcó %1, página %2, como no retenida en su totalidad</translation>
    </message>
    <message>
        <source>Ran detection again on %1 (%2 boxes found anew; corrections kept)</source>
        <translation>Se volvió a ejecutar la detección en %1 (%2 recuadros detectados de nuevo; se conservaron las correcciones)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add Client</source>
        <translation>Agregar cliente</translation>
    </message>
    <message>
        <source>Edit Client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <source>Add Allegation</source>
        <translation>Agregar acusación</translation>
    </message>
    <message>
        <source>Edit Allegation</source>
        <translation>Editar acusación</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Agregar evento</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>Cite Page as Evidence</source>
        <translation>Citar página como prueba</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>Delete Allegation</source>
        <translation>Eliminar acusación</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) as %1, SHA-256 %2</source>
        <translation>
            <numerusform>Exportado %n cliente como %1, SHA-256 %2</numerusform>
            <numerusform>Exportados %n clientes como %1, SHA-256 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported production no. %1 (SHA-256 %2): %3 pages, %4 redactions, %5 withheld in full</source>
        <translation>Se importó la producción n.º %1 (SHA-256 %2): %3 páginas, %4 tachaduras, %5 retenidas en su totalidad</translation>
    </message>
    <message>
        <source>Created the case file</source>
        <translation>Se creó el expediente</translation>
    </message>
    <message>
        <source>Saved a copy of the case file, SHA-256 %1</source>
        <translation>Se guardó una copia del expediente, SHA-256 %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agreement(s) as JSON, SHA-256 %1</source>
        <translation>
            <numerusform>Exportado %n acuerdo como JSON, SHA-256 %1</numerusform>
            <numerusform>Exportados %n acuerdos como JSON, SHA-256 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the de-identified counts by source</source>
        <translation>Exportados los recuentos desidentificados por fuente</translation>
    </message>
    <message>
        <source>Exported the counts by source</source>
        <translation>Exportados los recuentos por fuente</translation>
    </message>
    <message numerus="yes">
        <source>Exported the de-identified research dataset (%n row(s))</source>
        <translation>
            <numerusform>Exportado el conjunto de datos de investigación desidentificado (%n fila)</numerusform>
            <numerusform>Exportado el conjunto de datos de investigación desidentificado (%n filas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the chart %1</source>
        <translation>Exportado el gráfico %1</translation>
    </message>
    <message>
        <source>a CSV file with SHA-256 %1</source>
        <translation>un archivo CSV con SHA-256 %1</translation>
    </message>
    <message>
        <source>a JSON file with SHA-256 %1</source>
        <translation>un archivo JSON con SHA-256 %1</translation>
    </message>
    <message>
        <source>the demo client stories</source>
        <translation>las historias de clientes de demostración</translation>
    </message>
    <message>
        <source>Exported a de-identified evidence summary</source>
        <translation>Se exportó un resumen de pruebas anonimizado</translation>
    </message>
    <message>
        <source>Exported an evidence summary</source>
        <translation>Se exportó un resumen de pruebas</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n agreement(s) from %1</source>
        <translation>
            <numerusform>Importado %n acuerdo de %1</numerusform>
            <numerusform>Importados %n acuerdos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Delete agreement %1</source>
        <translation>Eliminar el acuerdo %1</translation>
    </message>
    <message>
        <source>Add agreement %1</source>
        <translation>Añadir el acuerdo %1</translation>
    </message>
    <message>
        <source>Edit agreement %1</source>
        <translation>Editar el acuerdo %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit finding(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n hallazgo de auditoría a %1</numerusform>
            <numerusform>Se exportaron %n hallazgos de auditoría a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Se exportó %1 a %2</translation>
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
        <source>de-identified agreement flag counts</source>
        <translation>recuentos desidentificados de alertas de acuerdos</translation>
    </message>
    <message>
        <source>de-identified counts by source</source>
        <translation>recuentos desidentificados por fuente</translation>
    </message>
    <message>
        <source>a de-identified research dataset</source>
        <translation>un conjunto de datos de investigación desidentificado</translation>
    </message>
    <message numerus="yes">
        <source>Imported Vaughn index no. %1 (SHA-256 %2): %n entry(ies)</source>
        <translation>
            <numerusform>Índice Vaughn n.º %1 importado (SHA-256 %2): %n entrada</numerusform>
            <numerusform>Índice Vaughn n.º %1 importado (SHA-256 %2): %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [logged by %2 at %3 in the store this matter was copied from]</source>
        <translation>%1 [registrado por %2 el %3 en el almacén del que se copió este asunto]</translation>
    </message>
    <message>
        <source>Copied from %1: %2 tables, %3 rows, %4 bytes of stored files; every table&apos;s rows and SHA-256 matched the source&apos;s (digest %5)</source>
        <translation>Copiado desde %1: %2 tablas, %3 filas, %4 bytes de archivos guardados; las filas y el SHA-256 de cada tabla coincidieron con los del origen (resumen %5)</translation>
    </message>
    <message>
        <source>a case file</source>
        <translation>un expediente</translation>
    </message>
    <message>
        <source>Copied to %1: %2 tables, %3 rows, %4 bytes of stored files, verified (digest %5)</source>
        <translation>Copiado a %1: %2 tablas, %3 filas, %4 bytes de archivos guardados, verificado (resumen %5)</translation>
    </message>
    <message>
        <source>a new case file</source>
        <translation>un expediente nuevo</translation>
    </message>
    <message>
        <source>Upgraded the matter from schema %1 to %2</source>
        <translation>Se actualizó el asunto del esquema %1 al %2</translation>
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
    <name>AgreementCheck</name>
    <message>
        <source>No agreement on file covers this program and country.</source>
        <translation>Ningún acuerdo del expediente cubre este programa y país.</translation>
    </message>
    <message>
        <source>No agreement for this program and country was in force when the allegation was made.</source>
        <translation>Ningún acuerdo para este programa y país estaba en vigor cuando se hizo la acusación.</translation>
    </message>
    <message>
        <source>The decision relied on data whose terms of use were withheld from the FOIA release.</source>
        <translation>La decisión se basó en datos cuyas condiciones de uso se retuvieron en la entrega FOIA.</translation>
    </message>
    <message>
        <source>The decision falls outside the purposes the agreement states.</source>
        <translation>La decisión queda fuera de los fines que declara el acuerdo.</translation>
    </message>
    <message>
        <source>The agreement covers only nationals of the partner country, and the client is not one.</source>
        <translation>El acuerdo solo cubre a nacionales del país socio, y el cliente no lo es.</translation>
    </message>
    <message>
        <source>The decision was taken outside the receiving agency, where the agreement requires the partner&apos;s authorization.</source>
        <translation>La decisión se tomó fuera de la agencia receptora, cuando el acuerdo exige la autorización del socio.</translation>
    </message>
    <message>
        <source>No review is on file within a year of signing.</source>
        <translation>No consta ninguna revisión en el año siguiente a la firma.</translation>
    </message>
    <message>
        <source>The agreement says an SOP accompanies it, and none is on file.</source>
        <translation>El acuerdo dice que lo acompaña un SOP, y no consta ninguno.</translation>
    </message>
    <message>
        <source>No governing agreement: the allegation&apos;s origin country is not recorded.</source>
        <translation>Sin acuerdo aplicable: no consta el país de origen de la acusación.</translation>
    </message>
    <message>
        <source>No governing agreement: none on file for this program and country.</source>
        <translation>Sin acuerdo aplicable: no consta ninguno para este programa y país.</translation>
    </message>
    <message>
        <source>Governed by %1.</source>
        <translation>Regido por %1.</translation>
    </message>
    <message>
        <source>Governed by %1, if it was in force (the dates cannot tell).</source>
        <translation>Regido por %1, si estaba en vigor (las fechas no permiten saberlo).</translation>
    </message>
    <message>
        <source>No agreement was in force; the nearest is %1.</source>
        <translation>Ningún acuerdo estaba en vigor; el más cercano es %1.</translation>
    </message>
    <message>
        <source>our reading</source>
        <translation>nuestra lectura</translation>
    </message>
    <message>
        <source>the text says so</source>
        <translation>lo dice el texto</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>condicional</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>alerta</translation>
    </message>
    <message>
        <source>Withheld section: %1</source>
        <translation>Sección retenida: %1</translation>
    </message>
</context>
<context>
    <name>AgreementsReader</name>
    <message>
        <source>agreement %1</source>
        <translation>acuerdo %1</translation>
    </message>
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
        <source>expected a JSON object with &quot;format&quot;: &quot;rebuttal.agreements&quot;</source>
        <translation>se esperaba un objeto JSON con &quot;format&quot;: &quot;rebuttal.agreements&quot;</translation>
    </message>
    <message>
        <source>%1 %2 is not a real date (expected YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>%1 %2 no es una fecha válida (se esperaba AAAA-MM-DD, AAAA-MM o AAAA)</translation>
    </message>
    <message>
        <source>%1: ref &quot;%2&quot; is used by another agreement of this file</source>
        <translation>%1: la ref &quot;%2&quot; la usa otro acuerdo de este archivo</translation>
    </message>
    <message>
        <source>%1: parent &quot;%2&quot; names no agreement of the file or the case file</source>
        <translation>%1: parent &quot;%2&quot; no nombra ningún acuerdo del archivo ni del expediente</translation>
    </message>
    <message>
        <source>%1: parent &quot;%2&quot; makes a cycle (an agreement cannot implement itself, even through others)</source>
        <translation>%1: parent &quot;%2&quot; forma un ciclo (un acuerdo no puede desarrollarse a sí mismo, ni siquiera a través de otros)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>expected &quot;rebuttal.agreements&quot;, found %1</source>
        <translation>se esperaba &quot;rebuttal.agreements&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>this version of Rebuttal reads version 1, found %1</source>
        <translation>esta versión de Rebuttal lee la versión 1; se encontró %1</translation>
    </message>
    <message>
        <source>not a rebuttal.agreements document (%1)</source>
        <translation>no es un documento rebuttal.agreements (%1)</translation>
    </message>
    <message>
        <source>%1 %2 does not fit the rebuttal.agreements schema (%3)</source>
        <translation>%1 %2 no se ajusta al esquema rebuttal.agreements (%3)</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the disk is full (%1 bytes free, %2 needed)</source>
        <translation>el disco está lleno (%1 bytes libres, %2 necesarios)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>el sistema no dio el motivo</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>se agotó la cuota de disco</translation>
    </message>
    <message>
        <source>the file is too large for this system (%1 bytes)</source>
        <translation>el archivo es demasiado grande para este sistema (%1 bytes)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
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
        <translation>la fuente %1 no es una fuente conocida (se esperaba uno de estos valores: %2)</translation>
    </message>
    <message>
        <source>kind %1 is not a known kind (expected one of %2)</source>
        <translation>el tipo %1 no es un tipo de acusación conocido (se esperaba uno de estos valores: %2)</translation>
    </message>
    <message>
        <source>status %1 is not a known status (expected one of %2)</source>
        <translation>el estado %1 no es un estado conocido (se esperaba uno de estos valores: %2)</translation>
    </message>
    <message>
        <source>type %1 is not a known event type (for example detention_start, bond_denied, removal)</source>
        <translation>el tipo %1 no es un tipo de evento conocido (por ejemplo, detention_start, bond_denied, removal)</translation>
    </message>
    <message>
        <source>%1 %2 is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>%1 %2 no es una fecha (se esperaba AAAA-MM-DD, AAAA-MM o AAAA)</translation>
    </message>
    <message>
        <source>%1 %2 is not an ISO 3166-1 alpha-2 code such as SV or GT</source>
        <translation>%1 %2 no es un código ISO 3166-1 alfa-2, como SV o GT</translation>
    </message>
    <message>
        <source>%1 %2 is not a page number (a whole number from 1)</source>
        <translation>%1 %2 no es un número de página (un número entero igual o mayor que 1)</translation>
    </message>
    <message>
        <source>format must be &quot;rebuttal.cases&quot;, found %1</source>
        <translation>format debe ser &quot;rebuttal.cases&quot;; se encontró %1</translation>
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
        <translation>el archivo está vacío (se esperaba una fila de encabezado con los nombres de las columnas: %1)</translation>
    </message>
    <message>
        <source>unknown column %1 (the columns are: %2)</source>
        <translation>columna %1 desconocida (las columnas son: %2)</translation>
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
        <translation>%1 %2 no coincide con %3 de la línea %4</translation>
    </message>
    <message>
        <source>record %1 must be client, allegation or event</source>
        <translation>record %1 debe ser client, allegation o event</translation>
    </message>
    <message>
        <source>a %1 row has no %2 (found %3)</source>
        <translation>una fila de tipo %1 no admite la columna %2 (se encontró %3)</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>is a folder, not a file of case records</source>
        <translation>es una carpeta, no un archivo de registros de casos</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is %1 MB; case records are read up to %2 MB (split the file)</source>
        <translation>el archivo tiene %1 MB; los registros de casos se leen hasta %2 MB (divida el archivo)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; case records are read up to that size</source>
        <translation>el archivo supera los %1 MB; los registros de casos se leen hasta ese tamaño</translation>
    </message>
    <message>
        <source>%1: %2: disclosed_on %3 is before asserted_on %4 (imported; left out of the medians, check the dates)</source>
        <translation>%1: %2: disclosed_on %3 es anterior a asserted_on %4 (importado; excluido de las medianas, revise las fechas)</translation>
    </message>
    <message>
        <source>%1: %2: release on %3 comes before any detention_start (imported; check the dates)</source>
        <translation>%1: %2: la liberación del %3 es anterior a cualquier detention_start (importado; revise las fechas)</translation>
    </message>
    <message>
        <source>decided_by %1 is not a known body (expected one of ICE, CBP, USCIS, EOIR, DOS, OTHER)</source>
        <translation>decided_by %1 no es un organismo conocido (se esperaba ICE, CBP, USCIS, EOIR, DOS u OTHER)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
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
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
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
        <source>tables missing: %1</source>
        <translation>faltan tablas: %1</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Open a backup copy instead.</source>
        <translation>%1 está dañado (%2). Abra una copia de respaldo.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist.</source>
        <translation>%1 es un enlace a %2, que no existe.</translation>
    </message>
    <message>
        <source>it was written by an older Rebuttal (schema %1); open it once where it can be written, to upgrade it</source>
        <translation>lo escribió una versión anterior de Rebuttal (esquema %1); ábralo una vez donde se pueda escribir, para actualizarlo</translation>
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
    <message>
        <source>Gang affiliation</source>
        <translation>Afiliación a pandillas</translation>
    </message>
    <message>
        <source>Criminal history</source>
        <translation>Antecedentes penales</translation>
    </message>
    <message>
        <source>Armed group</source>
        <translation>Grupo armado</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Orden de arresto</translation>
    </message>
    <message>
        <source>Other allegation</source>
        <translation>Otra acusación</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>No verificada</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Impugnada</translation>
    </message>
    <message>
        <source>Rebutted</source>
        <translation>Refutada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
</context>
<context>
    <name>CaseVerifier</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: %1</source>
        <translation>comprobación de integridad de SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check could not read it: %1</source>
        <translation>la comprobación de integridad de SQLite no pudo leerlo: %1</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>la fila %1 de la tabla %2 remite a una fila inexistente de %3</translation>
    </message>
    <message>
        <source>production %1 (%2)</source>
        <translation>producción %1 (%2)</translation>
    </message>
    <message>
        <source>Vaughn index %1 (%2)</source>
        <translation>índice Vaughn %1 (%2)</translation>
    </message>
    <message>
        <source>%1: its stored bytes cannot be read</source>
        <translation>%1: sus bytes guardados no se pueden leer</translation>
    </message>
    <message>
        <source>%1: its stored bytes no longer match their SHA-256</source>
        <translation>%1: sus bytes guardados ya no coinciden con su SHA-256</translation>
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
        <source>another client already has the ref %1</source>
        <translation>otro cliente ya tiene la referencia %1</translation>
    </message>
    <message>
        <source>a record the case file just wrote could not be read back</source>
        <translation>no se pudo volver a leer un registro que el expediente acababa de escribir</translation>
    </message>
    <message>
        <source>a client the case file just wrote could not be read back</source>
        <translation>no se pudo volver a leer un cliente que el expediente acababa de escribir</translation>
    </message>
    <message>
        <source>the import would leave %1 rows that refer to no record</source>
        <translation>la importación dejaría filas de %1 que no remiten a ningún registro</translation>
    </message>
</context>
<context>
    <name>CommandLineInterface</name>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
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
        <translation>--as-of %1 no es una fecha válida del calendario (se esperaba AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>timeline needs one client ref</source>
        <translation>timeline requiere una referencia de cliente</translation>
    </message>
    <message>
        <source>%1: there is no client %2</source>
        <translation>%1: no existe el cliente %2</translation>
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
        <translation>export requiere un tipo: export cases --out FILE.json|FILE.csv</translation>
    </message>
    <message>
        <source>unknown export kind &apos;%1&apos;</source>
        <translation>tipo de exportación &apos;%1&apos; desconocido</translation>
    </message>
    <message>
        <source>export cases needs --out FILE.json or --out FILE.csv</source>
        <translation>export cases requiere --out FILE.json o --out FILE.csv</translation>
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
        <source>Show a client&apos;s allegations and events in date order, with days detained and separated.</source>
        <translation>Muestra las acusaciones y los eventos de un cliente en orden cronológico, con los días detenido y los días de separación.</translation>
    </message>
    <message>
        <source>export summary needs one client ref and --out FILE.pdf</source>
        <translation>export summary necesita una referencia de cliente y --out ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>Wrote the evidence summary to %1.</source>
        <translation>Se escribió el resumen de pruebas en %1.</translation>
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
    <message>
        <source>agreements takes no arguments besides --json</source>
        <translation>agreements no admite argumentos aparte de --json</translation>
    </message>
    <message>
        <source>export agreements needs --out FILE.json</source>
        <translation>export agreements necesita --out ARCHIVO.json</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agreement(s) to %1.</source>
        <translation>
            <numerusform>Exportado %n acuerdo a %1.</numerusform>
            <numerusform>Exportados %n acuerdos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>check takes no arguments besides --json, --client REF and --as-of YYYY-MM-DD</source>
        <translation>check no admite argumentos aparte de --json, --client REF y --as-of AAAA-MM-DD</translation>
    </message>
    <message>
        <source>requests takes no arguments</source>
        <translation>requests no admite argumentos</translation>
    </message>
    <message>
        <source>Import a FOIA production (PDF), a Vaughn index (PDF, text or CSV), case records (rebuttal.cases JSON or CSV) or an agreements registry (rebuttal.agreements JSON).</source>
        <translation>Importar una producción FOIA (PDF), un índice Vaughn (PDF, texto o CSV), registros de casos (JSON o CSV rebuttal.cases) o un registro de acuerdos (JSON rebuttal.agreements).</translation>
    </message>
    <message>
        <source>Write every client&apos;s records as rebuttal.cases JSON or CSV, the agreements registry as rebuttal.agreements JSON, or one client&apos;s PDF evidence summary.</source>
        <translation>Escribir los registros de todos los clientes como JSON o CSV rebuttal.cases, el registro de acuerdos como JSON rebuttal.agreements, o el resumen probatorio en PDF de un cliente.</translation>
    </message>
    <message>
        <source>List the agreements registry as imported.</source>
        <translation>Listar el registro de acuerdos tal como se importó.</translation>
    </message>
    <message>
        <source>Check every allegation and decision against the agreements registry.</source>
        <translation>Contrastar cada acusación y decisión con el registro de acuerdos.</translation>
    </message>
    <message>
        <source>Draft the FOIA requests the agreement check calls for, one line each.</source>
        <translation>Redactar las solicitudes FOIA que pide el control de acuerdos, una por línea.</translation>
    </message>
    <message>
        <source>verify takes no arguments besides --json</source>
        <translation>verify no admite más argumentos que --json</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: no damage found (database and %n stored file(s) checked).</source>
        <translation>
            <numerusform>%1: no se encontraron daños (se comprobaron la base de datos y %n archivo guardado).</numerusform>
            <numerusform>%1: no se encontraron daños (se comprobaron la base de datos y %n archivos guardados).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown import kind &apos;%1&apos; (this version imports: production, vaughn, cases, agreements)</source>
        <translation>tipo de importación desconocido &apos;%1&apos; (esta versión importa: production, vaughn, cases, agreements)</translation>
    </message>
    <message>
        <source>the case records were not imported: %1</source>
        <translation>no se importaron los registros de casos: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>not analysed: %1</source>
        <translation>no analizada: %1</translation>
    </message>
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
        <translation>Cuenta los períodos abiertos de detención y de separación hasta este día (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>Print CSV on standard output.</source>
        <translation>Escribe CSV en la salida estándar.</translation>
    </message>
    <message>
        <source>Only this client&apos;s flags.</source>
        <translation>Solo las alertas de este cliente.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Leave out names, A-numbers and anything else that identifies a client.</source>
        <translation>Omite los nombres, los números A y cualquier otro dato que identifique a un cliente.</translation>
    </message>
    <message>
        <source>%1 was written, but the activity log could not record it: %2</source>
        <translation>%1 se escribió, pero el registro de actividad no pudo anotarlo: %2</translation>
    </message>
    <message>
        <source>the counts were not printed: the activity log could not record them: %1</source>
        <translation>los recuentos no se imprimieron: el registro de actividad no pudo anotarlos: %1</translation>
    </message>
    <message>
        <source>The case file to work on, or a matter on a server: postgresql://HOST[:PORT]/DATABASE?matter=NAME.</source>
        <translation>El expediente con el que trabajar, o un asunto en un servidor: postgresql://HOST[:PUERTO]/BASE?matter=NOMBRE.</translation>
    </message>
    <message>
        <source>Created the matter %1 on %2; grant it to people with &apos;rebuttal-cli grant reader|editor LOGIN&apos;.</source>
        <translation>Creado el asunto %1 en %2; déselo a las personas con &apos;rebuttal-cli grant reader|editor USUARIO&apos;.</translation>
    </message>
    <message>
        <source>%1 is already a Rebuttal matter; nothing changed.</source>
        <translation>%1 ya es un asunto de Rebuttal; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Make a PostgreSQL login a reader or an editor of a matter on a server (the server enforces it).</source>
        <translation>Hace a un usuario de PostgreSQL lector o editor de un asunto en un servidor (lo impone el servidor).</translation>
    </message>
    <message>
        <source>grant takes two arguments: reader or editor, then a PostgreSQL login</source>
        <translation>grant recibe dos argumentos: reader o editor, y después un usuario de PostgreSQL</translation>
    </message>
    <message>
        <source>grant: the role must be reader or editor, not &apos;%1&apos;</source>
        <translation>grant: el rol debe ser reader o editor, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>grant works on a matter on a server (--store postgresql://...); a case file is protected by its file permissions</source>
        <translation>grant funciona con un asunto en un servidor (--store postgresql://...); un expediente en archivo lo protegen sus permisos de archivo</translation>
    </message>
    <message>
        <source>%1 may now read the matter %2.</source>
        <translation>%1 ya puede leer el asunto %2.</translation>
    </message>
    <message>
        <source>%1 may now read and change the matter %2.</source>
        <translation>%1 ya puede leer y modificar el asunto %2.</translation>
    </message>
    <message>
        <source>The store to copy: a case file, or postgresql://HOST[:PORT]/DATABASE?matter=NAME.</source>
        <translation>El almacén que se copia: un expediente, o postgresql://HOST[:PORT]/DATABASE?matter=NAME.</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>ALMACÉN</translation>
    </message>
    <message>
        <source>Where to copy it: a new case file, or a new matter on a server.</source>
        <translation>Dónde copiarlo: un expediente nuevo, o un asunto nuevo en un servidor.</translation>
    </message>
    <message>
        <source>Copy a matter, everything in it, to a new case file or a new matter on a server, and verify the copy.</source>
        <translation>Copiar un asunto, con todo su contenido, a un expediente nuevo o a un asunto nuevo en un servidor, y verificar la copia.</translation>
    </message>
    <message>
        <source>  (rebuilt, not copied)</source>
        <translation>  (reconstruida, no copiada)</translation>
    </message>
    <message>
        <source>Copied %1 rows and %2 bytes of stored files; every table&apos;s row count and SHA-256 matched the source&apos;s (digest %3).</source>
        <translation>Se copiaron %1 filas y %2 bytes de archivos guardados; el número de filas y el SHA-256 de cada tabla coincidieron con los del origen (resumen %3).</translation>
    </message>
    <message>
        <source>copy takes no arguments besides --from, --to and --json</source>
        <translation>copy no admite argumentos aparte de --from, --to y --json</translation>
    </message>
    <message>
        <source>copy needs --from STORE and --to STORE</source>
        <translation>copy necesita --from ALMACÉN y --to ALMACÉN</translation>
    </message>
    <message>
        <source>analysed, but %1</source>
        <translation>analizada, pero %1</translation>
    </message>
    <message>
        <source>Skipped the matter %1: %2.</source>
        <translation>Se omitió el asunto %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Pooled %n matter(s): %1.</source>
        <translation>
            <numerusform>Se agregó %n asunto: %1.</numerusform>
            <numerusform>Se agregaron %n asuntos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aggregate outcomes by foreign-data source across every client; on postgresql://HOST/DB?matter=*, across every matter of the database you may read.</source>
        <translation>Resultados agregados por fuente de datos extranjeros en todos los clientes; con postgresql://HOST/DB?matter=*, en todos los asuntos de la base de datos que usted puede leer.</translation>
    </message>
    <message>
        <source>Write a de-identified research dataset: one row per client, no names, refs or dates; on postgresql://HOST/DB?matter=*, the clients of every matter of the database you may read.</source>
        <translation>Escribir un conjunto de datos de investigación desidentificado: una fila por cliente, sin nombres, referencias ni fechas; con postgresql://HOST/DB?matter=*, los clientes de todos los asuntos de la base de datos que usted puede leer.</translation>
    </message>
    <message>
        <source>This command does not work on a matter on a server yet (team mode is in progress: init, log, grant, copy, import cases, import production, import vaughn, import agreements, export, documents, document, search, timeline, redetect, stats, dataset, chart, vaughns, vaughn, audit, agreements, check and requests do).</source>
        <translation>Esta orden aún no funciona con un asunto en un servidor (el modo equipo está en desarrollo: init, log, grant, copy, import cases, import production, import vaughn, import agreements, export, documents, document, search, timeline, redetect, stats, dataset, chart, vaughns, vaughn, audit, agreements, check y requests sí).</translation>
    </message>
    <message>
        <source>Create a new, empty case file, or a new matter on a server.</source>
        <translation>Crear un expediente nuevo y vacío, o un asunto nuevo en un servidor.</translation>
    </message>
    <message>
        <source>%1 needs a schema upgrade (from %2 to %3); only its owner (%4) or a database administrator may upgrade it.</source>
        <translation>%1 necesita una actualización de esquema (del %2 al %3); solo su propietario (%4) o un administrador de la base de datos pueden actualizarlo.</translation>
    </message>
    <message>
        <source>Upgraded the matter %1 from schema %2 to %3; colleagues on older versions of Rebuttal cannot open it until they update.</source>
        <translation>Se actualizó el asunto %1 del esquema %2 al %3; los colegas con versiones anteriores de Rebuttal no podrán abrirlo hasta que actualicen.</translation>
    </message>
    <message>
        <source>Check the whole case file or matter: every page of the database (on a server: its objects, grants and rows), and every stored file against its SHA-256.</source>
        <translation>Comprobar todo el expediente o asunto: cada página de la base de datos (en un servidor: sus objetos, permisos y filas) y cada archivo guardado frente a su SHA-256.</translation>
    </message>
    <message numerus="yes">
        <source>%1: no damage found (the matter&apos;s objects, grants, rows and %n stored file(s) checked).</source>
        <translation>
            <numerusform>%1: no se encontraron daños (se comprobaron los objetos, permisos y filas del asunto y %n archivo guardado).</numerusform>
            <numerusform>%1: no se encontraron daños (se comprobaron los objetos, permisos y filas del asunto y %n archivos guardados).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <source>not a country code</source>
        <translation>no es un código de país</translation>
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
    <name>CustodyLog</name>
    <message>
        <source>Activity not recorded</source>
        <translation>Actividad no registrada</translation>
    </message>
    <message>
        <source>The activity log of %1 could not record this: %2
What you did is done; note it by hand for the chain of custody.</source>
        <translation>El registro de actividad de %1 no pudo anotar esto: %2
Lo que hizo ya está hecho; anótelo a mano para la cadena de custodia.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <source>%1: %2 is not a date. Write it as 2019-03-02, or 2019-03 or 2019 when only that much is known.</source>
        <translation>%1: %2 no es una fecha. Escríbala como 2019-03-02, o como 2019-03 o 2019 si solo se conoce esa parte.</translation>
    </message>
</context>
<context>
    <name>DemoCaseFile</name>
    <message>
        <source>the demo agreements (seed 000)</source>
        <translation>los acuerdos de demostración (semilla 000)</translation>
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
    <message>
        <source>Page not analysed</source>
        <translation>Página no analizada</translation>
    </message>
    <message>
        <source>Ask the agency to justify this exemption in the index, or to release what it withholds.</source>
        <translation>Pida a la agencia que justifique esta exención en el índice o que divulgue lo que retiene.</translation>
    </message>
    <message>
        <source>Ask the agency where it applied this exemption; a claim applied nowhere should be withdrawn.</source>
        <translation>Pregunte a la agencia dónde aplicó esta exención; una exención invocada que no se aplica en ninguna parte debe retirarse.</translation>
    </message>
    <message>
        <source>Ask the agency to add an entry for this page to the index, with its reasons.</source>
        <translation>Pida a la agencia que agregue al índice una entrada para esta página, con sus motivos.</translation>
    </message>
    <message>
        <source>Open the page (double-click) and check it: draw any box Rebuttal missed, or note that the index lists a page released in full.</source>
        <translation>Abra la página (doble clic) y revísela: dibuje los recuadros que Rebuttal no detectó, o anote que el índice lista una página divulgada íntegramente.</translation>
    </message>
    <message>
        <source>Challenge the exemption: the index must give a reason for each exemption it claims.</source>
        <translation>Impugne la exención: el índice debe dar un motivo para cada exención que invoca.</translation>
    </message>
    <message>
        <source>Courts reject pasted justifications: ask for reasons specific to each withholding.</source>
        <translation>Los tribunales rechazan las justificaciones copiadas: pida motivos específicos para cada retención.</translation>
    </message>
    <message>
        <source>Open the page (double-click) to see the text left under the box, and decide with your team how to treat it.</source>
        <translation>Abra la página (doble clic) para ver el texto que quedó bajo el recuadro y decida con su equipo cómo tratarlo.</translation>
    </message>
    <message>
        <source>Open the page (double-click) and check it by eye, or run Detect Again on the Documents page.</source>
        <translation>Abra la página (doble clic) y revísela a simple vista, o use Detectar de nuevo en la página Documentos.</translation>
    </message>
    <message>
        <source>Claimed; a label on its page is cut off</source>
        <translation>Invocada; una etiqueta de su página está cortada</translation>
    </message>
    <message>
        <source>Open the page (double-click) and read the label by eye: if it does not name this exemption, the claim is applied nowhere; if it does, correct the box&apos;s exemptions so the audit knows.</source>
        <translation>Abra la página (doble clic) y lea la etiqueta a simple vista: si no nombra esta exención, la invocación no se aplica en ningún sitio; si la nombra, corrija las exenciones del recuadro para que la auditoría lo sepa.</translation>
    </message>
</context>
<context>
    <name>EvidenceSummary</name>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Client 1</source>
        <translation>Cliente 1</translation>
    </message>
    <message>
        <source>Evidence summary: %1</source>
        <translation>Resumen de pruebas: %1</translation>
    </message>
    <message>
        <source>Evidence summary</source>
        <translation>Resumen de pruebas</translation>
    </message>
    <message>
        <source>Foreign-data allegations, the decisions that relied on them, and the production pages that show it.</source>
        <translation>Acusaciones procedentes de datos extranjeros, las decisiones que se basaron en ellas y las páginas de la producción que lo demuestran.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Referencia del cliente</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Preparado el</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>De-identified: names, A-number, references, free-text notes and page images are left out.</source>
        <translation>Desidentificado: se omiten nombres, número A, referencias, notas de texto libre e imágenes de páginas.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>days detained (still detained)</source>
        <translation>días detenido (sigue detenido)</translation>
    </message>
    <message>
        <source>days detained</source>
        <translation>días detenido</translation>
    </message>
    <message>
        <source>days separated from family (still separated)</source>
        <translation>días de separación familiar (sigue separado)</translation>
    </message>
    <message>
        <source>days separated from family</source>
        <translation>días de separación familiar</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>days: longest delay before counsel learned of an allegation</source>
        <translation>días: la mayor demora hasta que la defensa conoció una acusación</translation>
    </message>
    <message>
        <source>foreign-data allegations</source>
        <translation>acusaciones de datos extranjeros</translation>
    </message>
    <message>
        <source>Counted as of %1. A spell lasts from the day it began to the day it ended; one still open counts to %1.</source>
        <translation>Calculado al %1. Un periodo va del día en que empezó al día en que terminó; uno aún abierto se cuenta hasta el %1.</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Acusaciones</translation>
    </message>
    <message>
        <source>No allegations are recorded for this client.</source>
        <translation>No constan acusaciones para este cliente.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Originating agency</source>
        <translation>Organismo de origen</translation>
    </message>
    <message>
        <source>Asserted on</source>
        <translation>Formulada el</translation>
    </message>
    <message>
        <source>Disclosed to counsel</source>
        <translation>Divulgada a la defensa</translation>
    </message>
    <message>
        <source>Delay (days)</source>
        <translation>Demora (días)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation>no divulgada</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Events in date order</source>
        <translation>Eventos por fecha</translation>
    </message>
    <message>
        <source>No events are recorded for this client.</source>
        <translation>No constan eventos para este cliente.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Relied on</source>
        <translation>Se basó en</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message>
        <source>%1: not in this case file</source>
        <translation>%1: no está en este expediente</translation>
    </message>
    <message>
        <source>no Bates number</source>
        <translation>sin número Bates</translation>
    </message>
    <message>
        <source>Bates %1</source>
        <translation>Bates %1</translation>
    </message>
    <message>
        <source>%1 (production %2, page %3), Exhibit %4</source>
        <translation>%1 (producción %2, página %3), anexo %4</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Page images are left out of a de-identified summary: production pages may show the client&apos;s name or A-number. The cited pages are:</source>
        <translation>Un resumen desidentificado no incluye imágenes de páginas: las páginas de la producción pueden mostrar el nombre o el número A del cliente. Las páginas citadas son:</translation>
    </message>
    <message>
        <source>No exemptions applied on this page.</source>
        <translation>No se aplicó ninguna exención en esta página.</translation>
    </message>
    <message>
        <source>Exemptions on this page: %1.</source>
        <translation>Exenciones en esta página: %1.</translation>
    </message>
    <message>
        <source>Withheld in full. %1</source>
        <translation>Retenida en su totalidad. %1</translation>
    </message>
    <message>
        <source>Exhibit %1: %2 (production %3, page %4)</source>
        <translation>Anexo %1: %2 (producción %3, página %4)</translation>
    </message>
    <message>
        <source>This page could not be rendered.</source>
        <translation>No se pudo mostrar esta página.</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>no se puede iniciar el PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>cannot set the PDF&apos;s author: %1</source>
        <translation>no se puede fijar el autor del PDF: %1</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: no se puede escribir el archivo (%2)</translation>
    </message>
    <message>
        <source>check dates</source>
        <translation>revisar fechas</translation>
    </message>
    <message>
        <source>Not analysed: %1; its exemptions are unknown.</source>
        <translation>No analizada: %1; sus exenciones se desconocen.</translation>
    </message>
    <message>
        <source>Not analysed: %1; exemptions marked on it by hand: %2.</source>
        <translation>No analizada: %1; exenciones marcadas a mano: %2.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>cannot read the agreements: %1</source>
        <translation>no se pueden leer los acuerdos: %1</translation>
    </message>
    <message>
        <source>Diamonds: allegations, on the day the government had them, with a line to the day counsel learned of them (dotted: not yet disclosed). Bars: detention and separation (hatched: still going on). Curves join an allegation to each decision that relied on it; a sheet marks an event that cites production pages; a dark red ring, a decision the agreement check flagged (see Legal basis). Hollow markers: only the month or year is known.</source>
        <translation>Rombos: acusaciones, el día en que el gobierno las tuvo, con una línea hasta el día en que la defensa las conoció (punteada: aún no divulgadas). Barras: detención y separación (rayadas: aún en curso). Las curvas unen una acusación con cada decisión que se basó en ella; una hoja marca un evento que cita páginas de la producción; un anillo rojo oscuro, una decisión que la comprobación de acuerdos señaló (véase Base legal). Marcadores huecos: solo se conoce el mes o el año.</translation>
    </message>
    <message>
        <source>Legal basis of the foreign data</source>
        <translation>Base legal de los datos extranjeros</translation>
    </message>
    <message>
        <source>No agreements are on file in this case file, so no allegation could be checked against the agreement under which its data was shared.</source>
        <translation>No consta ningún acuerdo en este expediente, así que no se pudo comprobar ninguna acusación frente al acuerdo con el que se compartieron sus datos.</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Acusación</translation>
    </message>
    <message>
        <source>Governing agreement</source>
        <translation>Acuerdo aplicable</translation>
    </message>
    <message>
        <source>The check raised no flags for this client.</source>
        <translation>La comprobación no señaló ninguna alerta para este cliente.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>Cited page</source>
        <translation>Página citada</translation>
    </message>
    <message>
        <source>Decision: %1, %2</source>
        <translation>Decisión: %1, %2</translation>
    </message>
    <message>
        <source>no clause quoted</source>
        <translation>sin cláusula citada</translation>
    </message>
    <message>
        <source>Basis: &quot;the text says so&quot; when the agreement&apos;s own words decide it, &quot;our reading&quot; when it rests on how we read them. Conditional: it holds only if the agreement was in force, which its dates cannot tell.</source>
        <translation>Fundamento: «lo dice el texto» cuando lo deciden las propias palabras del acuerdo, «nuestra lectura» cuando depende de cómo las leemos. Condicional: vale solo si el acuerdo estaba en vigor, algo que sus fechas no permiten saber.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Analysed, but %1; exemptions marked only in them may be missing.</source>
        <translation>Analizada, pero %1; pueden faltar las exenciones marcadas solo en ellas.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>%1 is a link to a file that does not exist; choose another file.</source>
        <translation>%1 es un enlace a un archivo que no existe; elija otro archivo.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe); choose a file to write.</source>
        <translation>%1 no es un archivo normal (es una carpeta, un dispositivo o una tubería); elija un archivo en el que escribir.</translation>
    </message>
    <message>
        <source>%1 is the case file %2 or part of it; an export never writes over it. Choose another file.</source>
        <translation>%1 es el archivo del caso %2 o parte de él; una exportación nunca lo sobrescribe. Elija otro archivo.</translation>
    </message>
</context>
<context>
    <name>FileCopyEndpoint</name>
    <message>
        <source>%1 already exists; a copy goes into a new case file (choose another name).</source>
        <translation>%1 ya existe; una copia va a un expediente nuevo (elija otro nombre).</translation>
    </message>
    <message>
        <source>column %1.%2 has a type a copy does not know: %3</source>
        <translation>la columna %1.%2 tiene un tipo que la copia no conoce: %3</translation>
    </message>
    <message>
        <source>a row of %1 vanished during the copy</source>
        <translation>una fila de %1 desapareció durante la copia</translation>
    </message>
    <message>
        <source>a stored file of %1 grew during the copy</source>
        <translation>un archivo guardado de %1 creció durante la copia</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir en %1.</translation>
    </message>
    <message>
        <source>the copy could not be written out whole</source>
        <translation>la copia no pudo escribirse completa</translation>
    </message>
</context>
<context>
    <name>FoiaRequests</name>
    <message>
        <source>no program recorded</source>
        <translation>sin programa registrado</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no country recorded</source>
        <translation>sin país registrado</translation>
    </message>
    <message numerus="yes">
        <source>No agreement on file for %1 data from an unrecorded country: record where it came from, then ask for the ISAA or MOC under which it was shared (%n client(s)).</source>
        <translation>
            <numerusform>No consta acuerdo para datos %1 de un país sin registrar: registre su procedencia y pida el ISAA o MOC por el que se compartieron (%n cliente).</numerusform>
            <numerusform>No consta acuerdo para datos %1 de un país sin registrar: registre su procedencia y pida el ISAA o MOC por el que se compartieron (%n clientes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No agreement on file for %1 data from %2: ask for the ISAA or MOC under which it was shared (%n client(s)).</source>
        <translation>
            <numerusform>No consta acuerdo para datos %1 de %2: pida el ISAA o MOC por el que se compartieron (%n cliente).</numerusform>
            <numerusform>No consta acuerdo para datos %1 de %2: pida el ISAA o MOC por el que se compartieron (%n clientes).</numerusform>
        </translation>
    </message>
    <message>
        <source>the section on access to and use of information</source>
        <translation>la sección sobre acceso y uso de la información</translation>
    </message>
    <message numerus="yes">
        <source>Ask for %1 of %2 [%3] unredacted%4: its terms of use were withheld, and %n decision(s) relied on data shared under it.</source>
        <translation>
            <numerusform>Pedir %1 de %2 [%3] sin tachar%4: sus condiciones de uso se retuvieron, y %n decisión se basó en datos compartidos por él.</numerusform>
            <numerusform>Pedir %1 de %2 [%3] sin tachar%4: sus condiciones de uso se retuvieron, y %n decisiones se basaron en datos compartidos por él.</numerusform>
        </translation>
    </message>
    <message>
        <source> (withheld under %1)</source>
        <translation> (retenida según %1)</translation>
    </message>
    <message>
        <source>Ask for the reviews of %1 [%2]: none is on file within a year of its signing (%3).</source>
        <translation>Pedir las revisiones de %1 [%2]: no consta ninguna en el año siguiente a su firma (%3).</translation>
    </message>
    <message>
        <source>Ask for the Standard Operating Procedures of %1 [%2]: the instrument says an SOP accompanies it, and none is on file.</source>
        <translation>Pedir los Procedimientos Operativos Estándar de %1 [%2]: el instrumento dice que lo acompaña un SOP, y no consta ninguno.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message numerus="yes">
        <source>(%n more line(s) under Show Details)</source>
        <translation>
            <numerusform>(%n línea más en Mostrar detalles)</numerusform>
            <numerusform>(%n líneas más en Mostrar detalles)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole text is under Show Details)</source>
        <translation>(el texto completo está en Mostrar detalles)</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Modificado por otra persona</translation>
    </message>
</context>
<context>
    <name>NotAnalysedMark</name>
    <message>
        <source>Not analysed</source>
        <translation>No analizada</translation>
    </message>
    <message>
        <source>Not analysed: %1</source>
        <translation>No analizada: %1</translation>
    </message>
    <message>
        <source>Annotations unreadable</source>
        <translation>Anotaciones ilegibles</translation>
    </message>
    <message>
        <source>Analysed, but %1</source>
        <translation>Analizada, pero %1</translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <source>is not a page list (expected e.g. 3-5, 10-12 or pp. 3–5)</source>
        <translation>no es una lista de páginas (se esperaba p. ej. 3-5, 10-12 o pp. 3–5)</translation>
    </message>
    <message>
        <source>names page %1, beyond %2, more pages than any document has</source>
        <translation>nombra la página %1, más allá de %2, más páginas de las que tiene cualquier documento</translation>
    </message>
    <message>
        <source>lists more than %1 pages, the most one entry may list</source>
        <translation>enumera más de %1 páginas, el máximo que puede enumerar una entrada</translation>
    </message>
</context>
<context>
    <name>PageProblem</name>
    <message>
        <source>the page could not be rendered</source>
        <translation>la página no se pudo dibujar</translation>
    </message>
    <message>
        <source>the page needs more memory than a PDF reader may use (%1 MiB)</source>
        <translation>la página necesita más memoria de la que puede usar un lector de PDF (%1 MiB)</translation>
    </message>
    <message>
        <source>the PDF reader took longer than %1 s on it</source>
        <translation>el lector de PDF tardó más de %1 s en ella</translation>
    </message>
    <message>
        <source>the PDF reader crashed on it (or ran out of memory)</source>
        <translation>el lector de PDF falló en ella (o se quedó sin memoria)</translation>
    </message>
    <message>
        <source>the PDF reader sent garbage for it</source>
        <translation>el lector de PDF devolvió datos no válidos para esta página</translation>
    </message>
    <message>
        <source>the PDF reader did not deliver it</source>
        <translation>el lector de PDF no entregó esta página</translation>
    </message>
    <message>
        <source>its Redact annotations could not be read (qpdf: %1)</source>
        <translation>no se pudieron leer sus anotaciones Redact (qpdf: %1)</translation>
    </message>
    <message>
        <source>the page draws an image that claims %1 pixels from far too little data (a damaged or hostile file)</source>
        <translation>la página dibuja una imagen que declara %1 píxeles con muchos menos datos de los necesarios (un archivo dañado u hostil)</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation>Se perdió la conexión con %1: %2</translation>
    </message>
    <message>
        <source>The server refused: %1 (your role on matter %2 does not allow it)</source>
        <translation>El servidor lo rechazó: %1 (su rol en el asunto %2 no lo permite)</translation>
    </message>
    <message>
        <source>%1: there is no matter %2 in this database</source>
        <translation>%1: no hay ningún asunto %2 en esta base de datos</translation>
    </message>
    <message>
        <source>The matter %1 is incomplete or damaged: a part of it is missing (%2)</source>
        <translation>El asunto %1 está incompleto o dañado: falta una parte de él (%2)</translation>
    </message>
</context>
<context>
    <name>ProductionCorrections</name>
    <message>
        <source>There is no page %1 in document %2.</source>
        <translation>No existe la página %1 en el documento %2.</translation>
    </message>
    <message>
        <source>The box on %1</source>
        <translation>El recuadro en %1</translation>
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
        <source>the PDF reader failed on too many pages</source>
        <translation>el lector de PDF falló en demasiadas páginas</translation>
    </message>
    <message>
        <source>the PDF reader could not open the file (it stopped unexpectedly)</source>
        <translation>el lector de PDF no pudo abrir el archivo (se detuvo inesperadamente)</translation>
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
        <source>page %1: %2</source>
        <translation>página %1: %2</translation>
    </message>
    <message>
        <source>not imported: the import took longer than its time limit of %1 s (%2 pages at %3 s each); the case file is unchanged</source>
        <translation>no se importó: la importación tardó más que su límite de tiempo de %1 s (%2 páginas a %3 s cada una); el archivo de caso no cambió</translation>
    </message>
    <message>
        <source>the PDF reader could not open the file within its time limit of %1 s</source>
        <translation>el lector de PDF no pudo abrir el archivo dentro de su límite de tiempo de %1 s</translation>
    </message>
    <message>
        <source>%1: %2 could not be stored: %3</source>
        <translation>%1: no se pudo guardar %2: %3</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>detection cannot run again on a matter on a server yet</source>
        <translation>la detección aún no puede volver a ejecutarse en un asunto en un servidor</translation>
    </message>
    <message>
        <source>(its new counts could not be read back from %1: %2)</source>
        <translation>(no se pudieron volver a leer sus nuevos recuentos de %1: %2)</translation>
    </message>
    <message>
        <source>%1: already in %2 as document %3 (same SHA-256); nothing imported</source>
        <translation>%1: ya está en %2 como documento %3 (mismo SHA-256); no se importó nada</translation>
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
        <source>the file is %1 MB; a case file holds files of at most %2 MB (SQLite&apos;s length limit)</source>
        <translation>el archivo ocupa %1 MB; un archivo de caso guarda archivos de %2 MB como máximo (el límite de longitud de SQLite)</translation>
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
        <source>Page %1 of the stored production is gone.</source>
        <translation>La página %1 de la producción guardada ya no existe.</translation>
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
    <name>RowStamp</name>
    <message>
        <source>%1 was deleted by someone else since you opened it. Reload to see the records as they are now.</source>
        <translation>Otra persona eliminó %1 después de que usted lo abriera. Vuelva a cargar para ver los registros como están ahora.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>una hora desconocida</translation>
    </message>
    <message>
        <source>%1 was changed at %2 since you opened it. Reload to see the change, then apply yours again.</source>
        <translation>%1 se modificó a las %2 después de que usted lo abriera. Vuelva a cargar para ver el cambio y luego aplique el suyo de nuevo.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it. Reload to see the change, then apply yours again.</source>
        <translation>%2 modificó %1 a las %3 después de que usted lo abriera. Vuelva a cargar para ver el cambio y luego aplique el suyo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ServerClientRecords</name>
    <message>
        <source>a client the server just wrote could not be read back</source>
        <translation>no se pudo releer un cliente que el servidor acababa de escribir</translation>
    </message>
</context>
<context>
    <name>ServerCopyEndpoint</name>
    <message>
        <source>column %1.%2 has a type a copy does not know: %3</source>
        <translation>la columna %1.%2 tiene un tipo que la copia no conoce: %3</translation>
    </message>
    <message>
        <source>a row of %1 vanished during the copy</source>
        <translation>una fila de %1 desapareció durante la copia</translation>
    </message>
</context>
<context>
    <name>ServerDocumentCatalog</name>
    <message>
        <source>no production %1 in this matter</source>
        <translation>no hay ninguna producción %1 en este asunto</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>A server address may not hold a password. Put it in ~/.pgpass or a PostgreSQL service file, or use peer or GSSAPI authentication.</source>
        <translation>Una dirección de servidor no puede contener una contraseña. Póngala en ~/.pgpass o en un archivo de servicio de PostgreSQL, o use autenticación peer o GSSAPI.</translation>
    </message>
    <message>
        <source>%1 is not a server address: it must start with postgresql://</source>
        <translation>%1 no es una dirección de servidor: debe empezar por postgresql://</translation>
    </message>
    <message>
        <source>%1 is not a valid server address: %2</source>
        <translation>%1 no es una dirección de servidor válida: %2</translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://HOST[:PORT]/DATABASE?matter=NAME</source>
        <translation>%1 no nombra ninguna base de datos: escriba postgresql://HOST[:PUERTO]/BASE?matter=NOMBRE</translation>
    </message>
    <message>
        <source>%1: host= must be a socket directory (an absolute path)</source>
        <translation>%1: host= debe ser un directorio de sockets (una ruta absoluta)</translation>
    </message>
    <message>
        <source>%1: unknown parameter %2 (known: matter, host, user, sslmode)</source>
        <translation>%1: parámetro desconocido %2 (se conocen: matter, host, user, sslmode)</translation>
    </message>
    <message>
        <source>%1 names no matter: add ?matter=NAME</source>
        <translation>%1 no nombra ningún asunto: añada ?matter=NOMBRE</translation>
    </message>
    <message>
        <source>%1: the matter name %2 may hold only lower-case letters, digits and underscores, start with a letter and have at most 40 characters</source>
        <translation>%1: el nombre de asunto %2 solo puede tener minúsculas, dígitos y guiones bajos, empezar por una letra y tener como mucho 40 caracteres</translation>
    </message>
</context>
<context>
    <name>ServerMatterPool</name>
    <message>
        <source>your login is neither a reader nor an editor of it</source>
        <translation>su usuario no es lector ni editor de él</translation>
    </message>
    <message>
        <source>it was written by a newer version of Rebuttal (schema %1; this one knows up to %2)</source>
        <translation>lo escribió una versión más reciente de Rebuttal (esquema %1; esta conoce hasta el %2)</translation>
    </message>
    <message>
        <source>it needs a schema upgrade (from %1 to %2): open it once for writing</source>
        <translation>necesita una actualización del esquema (de %1 a %2): ábralo una vez para escribir</translation>
    </message>
    <message>
        <source>your login may not read all of its case records</source>
        <translation>su usuario no puede leer todos sus registros de casos</translation>
    </message>
    <message>
        <source>%1: there is no matter in this database that your login may read</source>
        <translation>%1: no hay en esta base de datos ningún asunto que su usuario pueda leer</translation>
    </message>
</context>
<context>
    <name>ServerProductionWriter</name>
    <message>
        <source>the file is %1 MB; a matter on a server holds files of at most %2 MB (PostgreSQL&apos;s limit on one value)</source>
        <translation>el archivo ocupa %1 MB; un asunto en un servidor guarda archivos de %2 MB como máximo (el límite de PostgreSQL para un valor)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported.</source>
        <translation>%1 cambió mientras se estaba importando.</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <source>%1: the matter %2 already exists</source>
        <translation>%1: el asunto %2 ya existe</translation>
    </message>
    <message>
        <source>%1: there is no matter %2 in this database</source>
        <translation>%1: no hay ningún asunto %2 en esta base de datos</translation>
    </message>
    <message>
        <source>%1: your login is neither a reader nor an editor of the matter %2</source>
        <translation>%1: su usuario no es lector ni editor del asunto %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rebuttal (schema %2; this one knows up to %3).</source>
        <translation>%1 lo escribió una versión más reciente de Rebuttal (esquema %2; esta conoce hasta el %3).</translation>
    </message>
    <message>
        <source>There is no PostgreSQL login named %1.</source>
        <translation>No hay ningún usuario de PostgreSQL llamado %1.</translation>
    </message>
    <message>
        <source>%1: matter=* pools every matter for research (stats, dataset) only; name one matter with ?matter=NAME</source>
        <translation>%1: matter=* agrega todos los asuntos solo para la investigación (stats, dataset); indique un asunto con ?matter=NOMBRE</translation>
    </message>
    <message>
        <source>%1 needs a schema upgrade (from %2 to %3), which colleagues on older versions of Rebuttal cannot open until they update. Its owner upgrades it by connecting with File &gt; Connect to Server (which asks first) or with &apos;rebuttal-cli init --store %1&apos;.</source>
        <translation>%1 necesita una actualización de esquema (del %2 al %3), y los colegas con versiones anteriores de Rebuttal no podrán abrirlo hasta que actualicen. Su propietario lo actualiza al conectarse con Archivo &gt; Conectar a un servidor... (que pregunta antes) o con &apos;rebuttal-cli init --store %1&apos;.</translation>
    </message>
</context>
<context>
    <name>ServerVaughnIndexes</name>
    <message>
        <source>the server stored no Vaughn index</source>
        <translation>el servidor no guardó ningún índice Vaughn</translation>
    </message>
</context>
<context>
    <name>ServerVerifier</name>
    <message>
        <source>the activity log is no longer append-only</source>
        <translation>el registro de actividad ya no es solo de adición</translation>
    </message>
    <message>
        <source>log entries no longer get the server&apos;s login and clock</source>
        <translation>las entradas del registro ya no reciben el usuario y la hora del servidor</translation>
    </message>
    <message>
        <source>a log entry could be slipped in before others</source>
        <translation>podría colarse una entrada del registro antes de otras</translation>
    </message>
    <message>
        <source>a save over a colleague&apos;s change is no longer refused</source>
        <translation>ya no se rechaza guardar encima del cambio de un colega</translation>
    </message>
    <message>
        <source>colleagues no longer see these changes as they happen</source>
        <translation>los colegas ya no ven estos cambios en el momento</translation>
    </message>
    <message>
        <source>the check could not read the matter: %1</source>
        <translation>la comprobación no pudo leer el asunto: %1</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>falta la tabla %1</translation>
    </message>
    <message>
        <source>the trigger %1 on %2 is missing</source>
        <translation>falta el disparador %1 de %2</translation>
    </message>
    <message>
        <source>the trigger %1 on %2 is missing: %3</source>
        <translation>falta el disparador %1 de %2: %3</translation>
    </message>
    <message>
        <source>the trigger %1 on %2 is disabled</source>
        <translation>el disparador %1 de %2 está desactivado</translation>
    </message>
    <message>
        <source>the trigger %1 on %2 is disabled: %3</source>
        <translation>el disparador %1 de %2 está desactivado: %3</translation>
    </message>
    <message>
        <source>the function %1 is missing</source>
        <translation>falta la función %1</translation>
    </message>
    <message>
        <source>the index %1 is missing</source>
        <translation>falta el índice %1</translation>
    </message>
    <message>
        <source>the index %1 is not valid (a failed build or a broken rebuild)</source>
        <translation>el índice %1 no es válido (una creación fallida o una reconstrucción rota)</translation>
    </message>
    <message>
        <source>the search configuration %1 is missing: search cannot run</source>
        <translation>falta la configuración de búsqueda %1: la búsqueda no puede funcionar</translation>
    </message>
    <message>
        <source>%1.%2 no longer has to name a row of %3 (its foreign key is missing)</source>
        <translation>%1.%2 ya no tiene que nombrar una fila de %3 (falta su clave foránea)</translation>
    </message>
    <message>
        <source>the role %1 is missing: no one can be granted the matter through it</source>
        <translation>falta el rol %1: no se puede dar acceso al asunto a nadie a través de él</translation>
    </message>
    <message>
        <source>%1 may no longer use the matter&apos;s schema</source>
        <translation>%1 ya no puede usar el esquema del asunto</translation>
    </message>
    <message>
        <source>every login of the server may use the matter&apos;s schema (PUBLIC has a grant on it)</source>
        <translation>cualquier usuario del servidor puede usar el esquema del asunto (PUBLIC tiene un permiso sobre él)</translation>
    </message>
    <message>
        <source>%1 may %2 %3, which the matter forbids</source>
        <translation>%1 puede hacer %2 en %3, lo que el asunto prohíbe</translation>
    </message>
    <message>
        <source>%1 may no longer %2 %3</source>
        <translation>%1 ya no puede hacer %2 en %3</translation>
    </message>
    <message>
        <source>production %1 (%2): its stored bytes are missing</source>
        <translation>producción %1 (%2): faltan sus bytes guardados</translation>
    </message>
    <message>
        <source>production %1 (%2): a page numbered %3 is stored, but it has %4 pages</source>
        <translation>producción %1 (%2): hay guardada una página número %3, pero tiene %4 páginas</translation>
    </message>
    <message>
        <source>event %1 is linked to allegation %2, which is another client&apos;s</source>
        <translation>el evento %1 está vinculado a la acusación %2, que es de otro cliente</translation>
    </message>
    <message>
        <source>a spell of client %1 starts or ends at event %2, which is another client&apos;s</source>
        <translation>un periodo del cliente %1 empieza o termina en el evento %2, que es de otro cliente</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s own check of the matter&apos;s tables and indexes (amcheck) was not run</source>
        <translation>no se ejecutó la comprobación propia de PostgreSQL de las tablas e índices del asunto (amcheck)</translation>
    </message>
    <message>
        <source>%1: the amcheck extension is not installed in this database (a superuser may run CREATE EXTENSION amcheck; once, then GRANT EXECUTE on its functions bt_index_check and verify_heapam to those who verify)</source>
        <translation>%1: la extensión amcheck no está instalada en esta base de datos (un superusuario puede ejecutar CREATE EXTENSION amcheck; una vez y luego GRANT EXECUTE sobre sus funciones bt_index_check y verify_heapam a quienes comprueban)</translation>
    </message>
    <message>
        <source>%1: your login %2 may not run it (a superuser may, or may GRANT EXECUTE on amcheck&apos;s functions bt_index_check and verify_heapam to %2)</source>
        <translation>%1: su usuario %2 no puede ejecutarla (un superusuario sí puede, o puede dar GRANT EXECUTE sobre las funciones bt_index_check y verify_heapam de amcheck a %2)</translation>
    </message>
    <message>
        <source>the table %1 cannot be read whole: %2</source>
        <translation>la tabla %1 no se puede leer entera: %2</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s check of the table %1 (amcheck), block %2: %3</source>
        <translation>comprobación de PostgreSQL de la tabla %1 (amcheck), bloque %2: %3</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s check of %1 (amcheck): %2</source>
        <translation>comprobación de PostgreSQL de %1 (amcheck): %2</translation>
    </message>
    <message>
        <source>%1: its stored bytes are %2 bytes long, not the %3 recorded at its import</source>
        <translation>%1: sus bytes guardados miden %2 bytes, no los %3 registrados al importarlo</translation>
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
    <name>SqlStatement</name>
    <message>
        <source>it is locked by another program</source>
        <translation>está bloqueado por otro programa</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>it cannot be written: the file, its folder or the disk is read-only</source>
        <translation>no se puede escribir: el archivo, su carpeta o el disco son de solo lectura</translation>
    </message>
    <message>
        <source>it is incomplete or damaged: a part of the case file is missing</source>
        <translation>está incompleto o dañado: falta una parte del archivo del caso</translation>
    </message>
</context>
<context>
    <name>StoreCopier</name>
    <message>
        <source>the destination has no table %1: its schema is not the source&apos;s</source>
        <translation>el destino no tiene la tabla %1: su esquema no es el del origen</translation>
    </message>
    <message>
        <source>the destination has no column %1.%2: its schema is not the source&apos;s</source>
        <translation>el destino no tiene la columna %1.%2: su esquema no es el del origen</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written to %1.</source>
        <translation>Se canceló la copia; no se escribió nada en %1.</translation>
    </message>
    <message>
        <source>The copy to %1 failed and nothing was written there: %2</source>
        <translation>La copia a %1 falló y no se escribió nada allí: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the stored file of %1 %2 no longer matches the SHA-256 recorded when it was imported: the source is damaged (check it with verify)</source>
        <translation>el archivo guardado de %1 %2 ya no coincide con el SHA-256 registrado al importarlo: el origen está dañado (compruébelo con verify)</translation>
    </message>
    <message>
        <source>%1 differs: the source has %2 rows (SHA-256 %3), the copy %4 (SHA-256 %5)</source>
        <translation>%1 difiere: el origen tiene %2 filas (SHA-256 %3), la copia %4 (SHA-256 %5)</translation>
    </message>
    <message>
        <source>The copy is complete, but the source&apos;s activity log could not record it: %1</source>
        <translation>La copia está completa, pero el registro de actividad del origen no pudo anotarla: %1</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>anidado a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1, key &quot;%2&quot;: %3</source>
        <translation>línea %1, clave &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>a raw NUL character in a string</source>
        <translation>un carácter NUL sin escapar en una cadena</translation>
    </message>
    <message>
        <source>\u%1 is half of a UTF-16 pair with no first half</source>
        <translation>\u%1 es la mitad de un par UTF-16 sin su primera mitad</translation>
    </message>
    <message>
        <source>\u%1 is half of a UTF-16 pair with no second half</source>
        <translation>\u%1 es la mitad de un par UTF-16 sin su segunda mitad</translation>
    </message>
    <message>
        <source>the key is given twice in the same object (the second would replace the first)</source>
        <translation>la clave aparece dos veces en el mismo objeto (la segunda reemplazaría a la primera)</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>Allegations</source>
        <translation>Acusaciones</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 %2 · days to disclosure: %3</source>
        <translation>%1 %2 · días hasta la divulgación: %3</translation>
    </message>
    <message>
        <source>%1 %2: not disclosed</source>
        <translation>%1 %2: no divulgada</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Procedencia: %1</translation>
    </message>
    <message>
        <source>Asserted on: %1</source>
        <translation>Formulada el: %1</translation>
    </message>
    <message>
        <source>Disclosed to counsel on: %1</source>
        <translation>Divulgada a la defensa el: %1</translation>
    </message>
    <message>
        <source>not yet disclosed</source>
        <translation>aún no divulgada</translation>
    </message>
    <message numerus="yes">
        <source>Disclosure delay: %n day(s)</source>
        <translation>
            <numerusform>Retraso en la divulgación: %n día</numerusform>
            <numerusform>Retraso en la divulgación: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Relied on %1</source>
        <translation>Se basó en %1</translation>
    </message>
    <message>
        <source>Evidence: %1, page %2</source>
        <translation>Prueba: %1, página %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Pruebas: %1</translation>
    </message>
    <message>
        <source>Relied on: %1</source>
        <translation>Se basó en: %1</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message numerus="yes">
        <source>Detained since %1: %n day(s) as of %2</source>
        <translation>
            <numerusform>Detención desde %1: %n día al %2</numerusform>
            <numerusform>Detención desde %1: %n días al %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Separated since %1: %n day(s) as of %2</source>
        <translation>
            <numerusform>Separación familiar desde %1: %n día al %2</numerusform>
            <numerusform>Separación familiar desde %1: %n días al %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detained from %1 to %2: %n day(s)</source>
        <translation>
            <numerusform>Detención desde %1 hasta %2: %n día</numerusform>
            <numerusform>Detención desde %1 hasta %2: %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Separated from %1 to %2: %n day(s)</source>
        <translation>
            <numerusform>Separación familiar desde %1 hasta %2: %n día</numerusform>
            <numerusform>Separación familiar desde %1 hasta %2: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Alerta: %1</translation>
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
    <message>
        <source>%1 was not analysed (%2): its redactions are unknown; run Detect Again.</source>
        <translation>%1 no se analizó (%2): sus tachaduras se desconocen; use Detectar de nuevo.</translation>
    </message>
    <message>
        <source>%1 was analysed, but %2: redactions marked only in them are missing.</source>
        <translation>%1 se analizó, pero %2: faltan los tachados marcados solo en ellas.</translation>
    </message>
    <message>
        <source>Entry %1 claims %2, which none of its pages shows, but a label on %3 is cut off or partly illegible (&quot;%4&quot;): check the page before relying on this.</source>
        <translation>La entrada %1 invoca %2, que no muestra ninguna de sus páginas, pero una etiqueta en %3 está cortada o es en parte ilegible («%4»): revise la página antes de basarse en esto.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>Bates %1</source>
        <translation>Bates %1</translation>
    </message>
</context>
<context>
    <name>VaughnCsvReader</name>
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
    <message>
        <source>entry %1: pages &quot;%2&quot; %3</source>
        <translation>entrada %1: las páginas &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>entry %1: the entries up to it list more than %2 pages, the most one index may list</source>
        <translation>entrada %1: las entradas hasta ella enumeran más de %2 páginas, el máximo que puede enumerar un índice</translation>
    </message>
    <message>
        <source>%1: %2 could not be stored: %3</source>
        <translation>%1: no se pudo guardar %2: %3</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1: already in %2 as Vaughn index %3 (same SHA-256); nothing imported</source>
        <translation>%1: ya está en %2 como índice Vaughn %3 (mismo SHA-256); no se importó nada</translation>
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
        <source>the PDF reader (%1) could not be started</source>
        <translation>no se pudo iniciar el lector de PDF (%1)</translation>
    </message>
    <message>
        <source>the PDF reader gave up on the file (it took too long or produced too much)</source>
        <translation>el lector de PDF abandonó el archivo (tardó demasiado o produjo demasiados datos)</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>el PDF está protegido con contraseña</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>el PDF está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>the PDF claims %1 pages, more than any Vaughn index; it is damaged</source>
        <translation>el PDF dice tener %1 páginas, más que cualquier índice Vaughn; está dañado</translation>
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
        <source>Connect to a matter on a server (File &gt; Connect to Server...).</source>
        <translation>Conectar a un asunto en un servidor (Archivo &gt; Conectar a un servidor...).</translation>
    </message>
    <message>
        <source>A case file, or a matter on a server (postgresql://HOST/DB?matter=NAME), to open.</source>
        <translation>Un expediente, o un asunto en un servidor (postgresql://HOST/BASE?matter=NOMBRE), que abrir.</translation>
    </message>
    <message>
        <source>Cannot open the matter</source>
        <translation>No se puede abrir el asunto</translation>
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
        <source>&lt;p&gt;Rebuttal helps legal teams trace foreign-data allegations in U.S. immigration cases: where each allegation came from, when the government had it, and which decisions relied on it. It audits FOIA productions and Vaughn indexes.&lt;/p&gt;&lt;p&gt;Your case files stay on this computer. Rebuttal connects to nothing but your team&apos;s PostgreSQL server, and only when you open a matter on it (File &amp;gt; Connect to Server).&lt;/p&gt;&lt;p&gt;Rebuttal is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1 &amp;mdash; GNU LGPL version 3 (The Qt Company)&lt;/li&gt;&lt;li&gt;Poppler %2 &amp;mdash; GNU GPL version 2 or later&lt;/li&gt;&lt;li&gt;SQLite %3 &amp;mdash; public domain&lt;/li&gt;&lt;li&gt;Tesseract OCR %4 &amp;mdash; Apache License 2.0&lt;/li&gt;&lt;li&gt;libpq %5 &amp;mdash; PostgreSQL License&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Rebuttal ayuda a los equipos legales a rastrear las acusaciones basadas en datos extranjeros en casos de inmigración en Estados Unidos: de dónde proviene cada acusación, desde cuándo la tenía el gobierno y qué decisiones se basaron en ella. Audita producciones FOIA e índices Vaughn.&lt;/p&gt;&lt;p&gt;Sus expedientes permanecen en esta computadora. Rebuttal no se conecta a nada salvo al servidor PostgreSQL de su equipo, y solo cuando abre en él un asunto (Archivo &amp;gt; Conectar a un servidor).&lt;/p&gt;&lt;p&gt;Rebuttal es software libre, distribuido bajo la Licencia Pública General de GNU (GNU General Public License), versión 3 o posterior.&lt;/p&gt;&lt;h3&gt;Bibliotecas&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1 &amp;mdash; GNU LGPL versión 3 (The Qt Company)&lt;/li&gt;&lt;li&gt;Poppler %2 &amp;mdash; GNU GPL versión 2 o posterior&lt;/li&gt;&lt;li&gt;SQLite %3 &amp;mdash; dominio público&lt;/li&gt;&lt;li&gt;Tesseract OCR %4 &amp;mdash; Licencia Apache 2.0&lt;/li&gt;&lt;li&gt;libpq %5 &amp;mdash; Licencia PostgreSQL&lt;/li&gt;&lt;/ul&gt;</translation>
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
    <message>
        <source>Vaughn index imported</source>
        <translation>Índice Vaughn importado</translation>
    </message>
    <message>
        <source>Agreements imported</source>
        <translation>Acuerdos importados</translation>
    </message>
    <message>
        <source>Detection run again</source>
        <translation>Detección ejecutada de nuevo</translation>
    </message>
    <message>
        <source>Evidence summary exported</source>
        <translation>Resumen de pruebas exportado</translation>
    </message>
    <message>
        <source>Case records exported</source>
        <translation>Registros de casos exportados</translation>
    </message>
    <message>
        <source>Audit findings exported</source>
        <translation>Hallazgos de la auditoría exportados</translation>
    </message>
    <message>
        <source>Research figures exported</source>
        <translation>Cifras de investigación exportadas</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Client record edited</source>
        <translation>Registro del cliente editado</translation>
    </message>
    <message>
        <source>Agreements exported</source>
        <translation>Acuerdos exportados</translation>
    </message>
    <message>
        <source>Matter %1 created</source>
        <translation>Asunto %1 creado</translation>
    </message>
</context>
<context>
    <name>rebuttal::AgreementDialog</name>
    <message>
        <source>Add Agreement</source>
        <translation>Añadir acuerdo</translation>
    </message>
    <message>
        <source>Edit Agreement %1</source>
        <translation>Editar el acuerdo %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>ISO code, e.g. SV; empty: inherited from the parent</source>
        <translation>Código ISO, p. ej. SV; vacío: heredado del acuerdo padre</translation>
    </message>
    <message>
        <source>Source codes separated by commas, e.g. CHIS, TAG</source>
        <translation>Códigos de fuente separados por comas, p. ej. CHIS, TAG</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>&amp;Padre:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <source>Pro&amp;grams:</source>
        <translation>Pro&amp;gramas:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Firmado el:</translation>
    </message>
    <message>
        <source>Co&amp;mmences on:</source>
        <translation>Entra en &amp;vigor el:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Ter&amp;mina el:</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD, YYYY-MM or YYYY).</source>
        <translation>%1 no es una fecha (AAAA-MM-DD, AAAA-MM o AAAA).</translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation>el acuerdo</translation>
    </message>
</context>
<context>
    <name>rebuttal::AgreementTableModel</name>
    <message>
        <source>Cannot tell</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>En vigor hoy</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>rebuttal::AgreementsPage</name>
    <message>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message>
        <source>No agreements on file</source>
        <translation>No hay acuerdos en el expediente</translation>
    </message>
    <message>
        <source>Import the registry of the agreements (MOC, SOP, ISAA...) under which foreign data reached your clients&apos; cases, to check every allegation and decision against them.</source>
        <translation>Importe el registro de los acuerdos (MOC, SOP, ISAA...) por los que llegaron datos extranjeros a los casos de sus clientes, para contrastar con ellos cada acusación y decisión.</translation>
    </message>
    <message>
        <source>&amp;Delete Agreement</source>
        <translation>&amp;Eliminar acuerdo</translation>
    </message>
    <message>
        <source>Delete the selected agreement from the registry (Edit &gt; Undo brings it back)</source>
        <translation>Eliminar del registro el acuerdo seleccionado (Editar &gt; Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Copy FOIA &amp;Requests</source>
        <translation>Copiar &amp;solicitudes FOIA</translation>
    </message>
    <message>
        <source>Copy the FOIA requests the agreement check calls for, one line each</source>
        <translation>Copiar las solicitudes FOIA que pide el control de acuerdos, una por línea</translation>
    </message>
    <message>
        <source>Filter by country, program, kind or title</source>
        <translation>Filtrar por país, programa, tipo o título</translation>
    </message>
    <message>
        <source>Implements</source>
        <translation>Desarrolla</translation>
    </message>
    <message>
        <source>United States party</source>
        <translation>Parte estadounidense</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Receives the data</source>
        <translation>Recibe los datos</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Commences</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sin plazo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Cubre</translation>
    </message>
    <message>
        <source>nationals of the partner country only</source>
        <translation>solo nacionales del país socio</translation>
    </message>
    <message>
        <source>Stated purposes</source>
        <translation>Fines declarados</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>Condiciones de uso</translation>
    </message>
    <message>
        <source>Disclosure to third parties</source>
        <translation>Divulgación a terceros</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Citado</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>Withheld sections</source>
        <translation>Secciones retenidas</translation>
    </message>
    <message>
        <source>Justified in Vaughn index %1, entry %2</source>
        <translation>Justificado en el índice Vaughn %1, entrada %2</translation>
    </message>
    <message>
        <source>Agreement not deleted</source>
        <translation>Acuerdo no eliminado</translation>
    </message>
    <message>
        <source>%1 implements %2: delete it first, or import it with another parent.</source>
        <translation>%1 desarrolla %2: elimínelo primero, o impórtelo con otro parent.</translation>
    </message>
    <message>
        <source>Agreement not changed</source>
        <translation>Acuerdo sin cambios</translation>
    </message>
    <message>
        <source>Agreements not imported</source>
        <translation>Acuerdos no importados</translation>
    </message>
    <message>
        <source>FOIA requests copied</source>
        <translation>Solicitudes FOIA copiadas</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) copied to the clipboard, one line each.</source>
        <translation>
            <numerusform>%n solicitud copiada al portapapeles, una por línea.</numerusform>
            <numerusform>%n solicitudes copiadas al portapapeles, una por línea.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Agreement...</source>
        <translation>&amp;Añadir acuerdo...</translation>
    </message>
    <message>
        <source>Add an agreement to the registry by hand (Edit &gt; Undo takes it out)</source>
        <translation>Añadir a mano un acuerdo al registro (Editar &gt; Deshacer lo quita)</translation>
    </message>
    <message>
        <source>&amp;Edit Agreement...</source>
        <translation>Edi&amp;tar acuerdo...</translation>
    </message>
    <message>
        <source>Change the ref, title, kind, parent, country, programs or dates of the selected agreement</source>
        <translation>Cambiar la referencia, el título, el tipo, el padre, el país, los programas o las fechas del acuerdo seleccionado</translation>
    </message>
    <message>
        <source>Reload the agreements now?</source>
        <translation>¿Volver a cargar los acuerdos ahora?</translation>
    </message>
    <message>
        <source>repatriation</source>
        <translation>repatriación</translation>
    </message>
    <message>
        <source>detention</source>
        <translation>detención</translation>
    </message>
    <message>
        <source>family separation</source>
        <translation>separación familiar</translation>
    </message>
    <message>
        <source>asylum</source>
        <translation>asilo</translation>
    </message>
    <message>
        <source>criminal justice</source>
        <translation>justicia penal</translation>
    </message>
    <message>
        <source>stated in the text</source>
        <translation>establecidas en el texto</translation>
    </message>
    <message>
        <source>withheld (the section on use or access was withheld)</source>
        <translation>retenidas (se retuvo la sección sobre uso o acceso)</translation>
    </message>
    <message>
        <source>none in the text</source>
        <translation>no figuran en el texto</translation>
    </message>
    <message>
        <source>only with the partner&apos;s authorization</source>
        <translation>solo con autorización del socio</translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>sin restricciones</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>se desconoce</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>cualquier persona</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Divulgación</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>rebuttal::AllegationDialog</name>
    <message>
        <source>New Allegation</source>
        <translation>Nueva acusación</translation>
    </message>
    <message>
        <source>Edit Allegation %1</source>
        <translation>Editar acusación %1</translation>
    </message>
    <message>
        <source>The channel that brought the foreign data into the case</source>
        <translation>El canal por el que los datos extranjeros llegaron al caso</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>e.g. Policía Nacional Civil</source>
        <translation>p. ej., Policía Nacional Civil</translation>
    </message>
    <message>
        <source>The foreign agency that supplied the data</source>
        <translation>La agencia extranjera que proporcionó los datos</translation>
    </message>
    <message>
        <source>The first date DHS recorded or relied on the allegation</source>
        <translation>La primera fecha en que el DHS registró la acusación o se basó en ella</translation>
    </message>
    <message>
        <source>The date counsel first learned of it; the disclosure delay runs between the two</source>
        <translation>La fecha en que la defensa tuvo conocimiento de ella por primera vez; el retraso en la divulgación se cuenta entre ambas fechas</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>&amp;Source program:</source>
        <translation>&amp;Programa de origen:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Originating a&amp;gency:</source>
        <translation>A&amp;gencia de origen:</translation>
    </message>
    <message>
        <source>Agency&apos;s &amp;country:</source>
        <translation>Paí&amp;s de la agencia:</translation>
    </message>
    <message>
        <source>&amp;Asserted on:</source>
        <translation>&amp;Formulada el:</translation>
    </message>
    <message>
        <source>&amp;Disclosed to counsel on:</source>
        <translation>&amp;Divulgada a la defensa el:</translation>
    </message>
    <message>
        <source>Disclosure c&amp;hannel:</source>
        <translation>&amp;Canal de divulgación:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>D&amp;etail:</source>
        <translation>Deta&amp;lle:</translation>
    </message>
    <message>
        <source>Give the allegation a ref, e.g. AL1.</source>
        <translation>Indique una referencia para la acusación; por ejemplo, AL1.</translation>
    </message>
    <message>
        <source>This client already has an allegation %1.</source>
        <translation>Este cliente ya tiene una acusación %1.</translation>
    </message>
    <message>
        <source>The agency&apos;s country is a two-letter code such as SV or GT.</source>
        <translation>El país de la agencia es un código de dos letras, como SV o GT.</translation>
    </message>
    <message>
        <source>Asserted on</source>
        <translation>Formulada el</translation>
    </message>
    <message>
        <source>Disclosed to counsel on</source>
        <translation>Divulgada a la defensa el</translation>
    </message>
    <message>
        <source>e.g. FOIA production, I-213, bond hearing</source>
        <translation>p. ej., producción FOIA, I-213, audiencia de fianza</translation>
    </message>
</context>
<context>
    <name>rebuttal::AllegationTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Days between DHS asserting the allegation and counsel learning of it</source>
        <translation>Días transcurridos entre que el DHS formuló la acusación y la defensa tuvo conocimiento de ella</translation>
    </message>
    <message>
        <source>Disclosed through: %1</source>
        <translation>Divulgada mediante: %1</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Acusación</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Proporcionada por</translation>
    </message>
    <message>
        <source>Asserted on</source>
        <translation>Formulada el</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>Divulgada el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>check dates</source>
        <translation>revisar fechas</translation>
    </message>
    <message>
        <source>Disclosed before it was asserted: the dates are likely wrong. This allegation is left out of the medians.</source>
        <translation>Revelada antes de ser afirmada: probablemente las fechas están mal. Esta alegación queda fuera de las medianas.</translation>
    </message>
    <message>
        <source>Disclosure delay: days between DHS asserting the allegation and counsel learning of it</source>
        <translation>Demora de divulgación: días entre que el DHS formuló la acusación y que la defensa la conoció</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Demora</translation>
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
    <message>
        <source>Auditing…</source>
        <translation>Auditando…</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Findings by kind; click one to see its entry beside its page, double-click it (or press Enter) to open the page on the Documents page</source>
        <translation>Hallazgos por tipo; haga clic en uno para ver su entrada junto a su página, o doble clic (o Intro) para abrir la página en Documentos</translation>
    </message>
</context>
<context>
    <name>rebuttal::CaseFileJobs</name>
    <message>
        <source>You may read the matter %1 but not change it: your login is one of its readers, and the server refused the import. Nothing was imported. Ask the matter&apos;s owner to make you an editor (rebuttal-cli grant editor LOGIN).

The server said: %2</source>
        <translation>Puede leer el asunto %1 pero no modificarlo: su usuario es uno de sus lectores, y el servidor rechazó la importación. No se importó nada. Pida al propietario del asunto que le haga editor (rebuttal-cli grant editor USUARIO).

El servidor dijo: %2</translation>
    </message>
    <message>
        <source>%1: the agreements were not imported: %2</source>
        <translation>%1: los acuerdos no se importaron: %2</translation>
    </message>
</context>
<context>
    <name>rebuttal::CaseImportJob</name>
    <message>
        <source>%1: the case records were not imported: %2</source>
        <translation>%1: no se importaron los registros de casos: %2</translation>
    </message>
</context>
<context>
    <name>rebuttal::CiteEventDialog</name>
    <message>
        <source>Cite as Evidence</source>
        <translation>Citar como prueba</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>Type part of a name, ref or country</source>
        <translation>Escriba parte de un nombre, referencia o país</translation>
    </message>
    <message>
        <source>Cite %1 as evidence for an event of a client:</source>
        <translation>Citar %1 como prueba de un evento de un cliente:</translation>
    </message>
    <message>
        <source>&amp;Find client:</source>
        <translation>&amp;Buscar cliente:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Choose the client the page is evidence for.</source>
        <translation>Elija el cliente para el que la página es prueba.</translation>
    </message>
    <message>
        <source>%1 has no events yet. Add the event this page proves (Client &gt; Add Event), then cite the page.</source>
        <translation>%1 aún no tiene eventos. Agregue el evento que esta página prueba (Cliente &gt; Agregar evento) y luego cite la página.</translation>
    </message>
</context>
<context>
    <name>rebuttal::ClientDialog</name>
    <message>
        <source>New Client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Edit Client %1</source>
        <translation>Editar cliente %1</translation>
    </message>
    <message>
        <source>Your own key for this client, e.g. a matter number. Re-importing case records with the same ref updates this client.</source>
        <translation>Su propia clave para este cliente; por ejemplo, un número de caso interno. Si vuelve a importar registros de casos con la misma referencia, se actualiza este cliente.</translation>
    </message>
    <message>
        <source>Used instead of the name in de-identified exports (research, public reports).</source>
        <translation>Se usa en lugar del nombre en las exportaciones anonimizadas (investigación, informes públicos).</translation>
    </message>
    <message>
        <source>e.g. Client 7</source>
        <translation>p. ej., Cliente 7</translation>
    </message>
    <message>
        <source>Nationality as a two-letter ISO code, e.g. SV, GT, HN, MX</source>
        <translation>Nacionalidad como código ISO de dos letras; p. ej., SV, GT, HN, MX</translation>
    </message>
    <message>
        <source>Alien registration number: 8 or 9 digits, optionally after A</source>
        <translation>Número de registro de extranjero: 8 o 9 dígitos, opcionalmente precedidos de una A</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Seudónimo:</translation>
    </message>
    <message>
        <source>Nationa&amp;lity:</source>
        <translation>Na&amp;cionalidad:</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>Número &amp;A:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Give the client a ref.</source>
        <translation>Indique una referencia para el cliente.</translation>
    </message>
    <message>
        <source>Give the client&apos;s name (or a pseudonym as the name).</source>
        <translation>Indique el nombre del cliente (o un seudónimo como nombre).</translation>
    </message>
    <message>
        <source>Nationality is a two-letter code such as SV or GT.</source>
        <translation>La nacionalidad es un código de dos letras, como SV o GT.</translation>
    </message>
    <message>
        <source>An A-number has 8 or 9 digits, optionally after A.</source>
        <translation>Un número A tiene 8 o 9 dígitos, opcionalmente precedidos de una A.</translation>
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
    <name>rebuttal::ClientsPage</name>
    <message>
        <source>&amp;New Client...</source>
        <translation>&amp;Nuevo cliente...</translation>
    </message>
    <message>
        <source>Add a client to this case file</source>
        <translation>Agregar un cliente a este expediente</translation>
    </message>
    <message>
        <source>Edit &amp;Client...</source>
        <translation>Editar &amp;cliente...</translation>
    </message>
    <message>
        <source>Change the client&apos;s name, nationality, A-number or notes</source>
        <translation>Cambiar el nombre, la nacionalidad, el número A o las notas del cliente</translation>
    </message>
    <message>
        <source>Delete C&amp;lient</source>
        <translation>E&amp;liminar cliente</translation>
    </message>
    <message>
        <source>Remove the client and their whole record (undo brings it back)</source>
        <translation>Eliminar al cliente y todo su registro (Deshacer lo restaura)</translation>
    </message>
    <message>
        <source>Add &amp;Allegation...</source>
        <translation>Agregar &amp;acusación...</translation>
    </message>
    <message>
        <source>Record a foreign-data allegation against this client</source>
        <translation>Registrar una acusación basada en datos extranjeros contra este cliente</translation>
    </message>
    <message>
        <source>Add E&amp;vent...</source>
        <translation>Agregar e&amp;vento...</translation>
    </message>
    <message>
        <source>Record an event of the case: detention, bond, separation, asylum, removal...</source>
        <translation>Registrar un evento del caso: detención, fianza, separación, asilo, deportación...</translation>
    </message>
    <message>
        <source>&amp;Edit Selected...</source>
        <translation>&amp;Editar selección...</translation>
    </message>
    <message>
        <source>Edit the selected allegation or event</source>
        <translation>Editar la acusación o el evento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>Eliminar &amp;selección</translation>
    </message>
    <message>
        <source>Delete the selected allegation or event</source>
        <translation>Eliminar la acusación o el evento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Open Cited Page</source>
        <translation>Abrir &amp;página citada</translation>
    </message>
    <message>
        <source>Show the production page the selected event cites</source>
        <translation>Mostrar la página de la producción que cita el evento seleccionado</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Aún no hay clientes</translation>
    </message>
    <message>
        <source>Each client&apos;s record holds the foreign-data allegations against them (SAFE, TAG, CHIS, Interpol Red Notices...), the events of their case and the decisions that relied on each allegation. Add a client, import case records (File &gt; Import Case Records), or open the demo case file to see how it looks.</source>
        <translation>El registro de cada cliente contiene las acusaciones basadas en datos extranjeros en su contra (SAFE, TAG, CHIS, Notificaciones Rojas de Interpol...), los eventos de su caso y las decisiones que se basaron en cada acusación. Agregue un cliente, importe registros de casos (Archivo &gt; Importar registros de casos) o abra el expediente de demostración para ver cómo funciona.</translation>
    </message>
    <message>
        <source>Filter clients by name, ref, country or source</source>
        <translation>Filtrar clientes por nombre, ref., país o fuente</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Ningún cliente seleccionado</translation>
    </message>
    <message>
        <source>Choose a client in the list to see their timeline, allegations and events.</source>
        <translation>Elija un cliente de la lista para ver su cronología, sus acusaciones y sus eventos.</translation>
    </message>
    <message>
        <source>Days detained and separated count every spell up to today; the disclosure delay is the days between DHS asserting an allegation and counsel learning of it.</source>
        <translation>Los días detenido y de separación cuentan cada período hasta hoy; el retraso en la divulgación son los días transcurridos entre que el DHS formuló una acusación y la defensa tuvo conocimiento de ella.</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>E&amp;ventos</translation>
    </message>
    <message>
        <source>Alle&amp;gations</source>
        <translation>Acu&amp;saciones</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom into the timeline (or scroll over it; + when it has focus)</source>
        <translation>Acercar la cronología (o usar la rueda del mouse sobre ella; + cuando tiene el foco)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out of the timeline (- when it has focus)</source>
        <translation>Alejar la cronología (- cuando tiene el foco)</translation>
    </message>
    <message>
        <source>Whole Case</source>
        <translation>Todo el caso</translation>
    </message>
    <message>
        <source>Show the whole case (0 when the timeline has focus, or double-click an empty spot)</source>
        <translation>Mostrar todo el caso (0 cuando la cronología tiene el foco, o doble clic en un espacio vacío)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cronología&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nationality: %1</source>
        <translation>Nacionalidad: %1</translation>
    </message>
    <message>
        <source>A-number: %1</source>
        <translation>Número A: %1</translation>
    </message>
    <message>
        <source>Ref: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Days detained: %1 · Days separated: %2 · Longest disclosure delay: %3</source>
        <translation>Días detenido: %1 · Días de separación: %2 · Mayor retraso en la divulgación: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation>No se puede guardar el cambio</translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (%2) with %n allegation(s) and their events? Edit &gt; Undo brings the record back.</source>
        <translation>
            <numerusform>¿Eliminar a %1 (%2) con %n acusación y sus eventos? Editar &gt; Deshacer restaura el registro.</numerusform>
            <numerusform>¿Eliminar a %1 (%2) con %n acusaciones y sus eventos? Editar &gt; Deshacer restaura el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Allegation</source>
        <translation>Eliminar acusación</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) relied on allegation %1. Delete it and those links?</source>
        <translation>
            <numerusform>%n evento se basó en la acusación %1. ¿Desea eliminarla junto con ese vínculo?</numerusform>
            <numerusform>%n eventos se basaron en la acusación %1. ¿Desea eliminarla junto con esos vínculos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>Base &amp;legal</translation>
    </message>
    <message>
        <source>New Allegation</source>
        <translation>Nueva acusación</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Reload the client now?</source>
        <translation>¿Volver a cargar el cliente ahora?</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aún no hay eventos</translation>
    </message>
    <message>
        <source>Events are what happened in the case: encounters, detention and release, bond hearings, family separation, asylum interviews, removal. Each can name the allegations it relied on and cite production pages as evidence.</source>
        <translation>Los eventos son lo que ocurrió en el caso: encuentros, detención y puesta en libertad, audiencias de fianza, separación familiar, entrevistas de asilo, deportación. Cada uno puede nombrar las acusaciones en que se basó y citar páginas de las entregas como pruebas.</translation>
    </message>
    <message>
        <source>No allegations yet</source>
        <translation>Aún no hay acusaciones</translation>
    </message>
    <message>
        <source>Allegations are the foreign-data claims made against this client (SAFE, TAG, CHIS, Interpol Red Notices...), with when DHS asserted each one and when counsel learned of it.</source>
        <translation>Las acusaciones son las afirmaciones basadas en datos extranjeros hechas contra este cliente (SAFE, TAG, CHIS, Notificaciones Rojas de Interpol...), con la fecha en que el DHS hizo cada una y la fecha en que la defensa se enteró.</translation>
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
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s)</source>
        <translation>
            <numerusform>%n tachadura</numerusform>
            <numerusform>%n tachaduras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withheld page(s)</source>
        <translation>
            <numerusform>%n página retenida</numerusform>
            <numerusform>%n páginas retenidas</numerusform>
        </translation>
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
        <source>New Redaction Box</source>
        <translation>Nuevo recuadro de tachadura</translation>
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
        <source>Password Required</source>
        <translation>Se requiere contraseña</translation>
    </message>
    <message>
        <source>This production is protected by a password. Enter it to see its pages:</source>
        <translation>Esta producción está protegida con contraseña. Escríbala para ver sus páginas:</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Show the page larger</source>
        <translation>Mostrar la página más grande</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Show the page smaller</source>
        <translation>Mostrar la página más pequeña</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Ajustar ancho</translation>
    </message>
    <message>
        <source>Fit the page to the width of the view</source>
        <translation>Ajustar la página al ancho de la vista</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Página entera</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Mostrar la página entera</translation>
    </message>
    <message>
        <source>Next Hit</source>
        <translation>Resultado siguiente</translation>
    </message>
    <message>
        <source>Go to the next search hit</source>
        <translation>Ir al siguiente resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Previous Hit</source>
        <translation>Resultado anterior</translation>
    </message>
    <message>
        <source>Go to the previous search hit</source>
        <translation>Ir al resultado anterior de la búsqueda</translation>
    </message>
    <message>
        <source>Nothing found: no page of this production has text readable under a box.</source>
        <translation>Nada encontrado: ninguna página de esta producción tiene texto legible bajo un recuadro.</translation>
    </message>
    <message>
        <source>Nothing found: no page of this production is withheld in full.</source>
        <translation>Nada encontrado: ninguna página de esta producción está retenida en su totalidad.</translation>
    </message>
    <message>
        <source>The page&apos;s size on screen (Ctrl+wheel to zoom)</source>
        <translation>El tamaño de la página en pantalla (Ctrl+rueda para ampliar)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No page of this production is withheld in full.</source>
        <translation>Ninguna página de esta producción está retenida en su totalidad.</translation>
    </message>
    <message>
        <source>No page of this production has text readable under a box.</source>
        <translation>Ninguna página de esta producción tiene texto legible bajo un recuadro.</translation>
    </message>
    <message>
        <source>No page of this production has a box marked %1.</source>
        <translation>Ninguna página de esta producción tiene un recuadro marcado %1.</translation>
    </message>
    <message>
        <source>Search first: type words in the search field and press Enter.</source>
        <translation>Busque primero: escriba palabras en el campo de búsqueda y pulse Intro.</translation>
    </message>
    <message>
        <source>Nothing found: no page contains %1.</source>
        <translation>Nada encontrado: ninguna página contiene %1.</translation>
    </message>
    <message>
        <source>Search the pages</source>
        <translation>Buscar en las páginas</translation>
    </message>
    <message>
        <source>Full-text search over every page, scanned pages included: words, or &quot;a phrase&quot; in quotes</source>
        <translation>Búsqueda de texto en todas las páginas, también las escaneadas: palabras, o &quot;una frase&quot; entre comillas</translation>
    </message>
    <message>
        <source>analysed, but %1</source>
        <translation>analizada, pero %1</translation>
    </message>
    <message>
        <source>Reading the production from the server...</source>
        <translation>Leyendo la producción desde el servidor...</translation>
    </message>
    <message>
        <source>Searching the matter for %1...</source>
        <translation>Buscando %1 en el asunto...</translation>
    </message>
    <message>
        <source>Reload the page now?</source>
        <translation>¿Recargar la página ahora?</translation>
    </message>
    <message>
        <source>Type words above and press Enter: every page that contains them is listed here, scanned pages included.</source>
        <translation>Escriba palabras arriba y pulse Intro: aquí se listan todas las páginas que las contienen, también las escaneadas.</translation>
    </message>
</context>
<context>
    <name>rebuttal::EventDialog</name>
    <message>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message>
        <source>Cite the Page Shown in &amp;Documents</source>
        <translation>Citar la página mostrada en &amp;Documentos</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Edit Event %1</source>
        <translation>Editar evento %1</translation>
    </message>
    <message>
        <source>Tick the allegations this decision or action relied on</source>
        <translation>Marque las acusaciones en que se basó esta decisión o actuación</translation>
    </message>
    <message>
        <source>This client has no allegations yet: add them first to link this event to them.</source>
        <translation>Este cliente aún no tiene acusaciones: agréguelas primero para vincular este evento con ellas.</translation>
    </message>
    <message>
        <source>Add &amp;Citation...</source>
        <translation>Agregar &amp;cita...</translation>
    </message>
    <message>
        <source>Cite a production page by its Bates number</source>
        <translation>Citar una página de la producción por su número Bates</translation>
    </message>
    <message>
        <source>Cite %1</source>
        <translation>Citar %1</translation>
    </message>
    <message>
        <source>Open a production page in the Documents page to cite it from here</source>
        <translation>Abra una página de la producción en la página Documentos para citarla desde aquí</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>De&amp;tail:</source>
        <translation>De&amp;talle:</translation>
    </message>
    <message>
        <source>Relied on:</source>
        <translation>Se basó en:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <source>Add Citation</source>
        <translation>Agregar cita</translation>
    </message>
    <message>
        <source>Bates number of the cited page (e.g. ICE-2023-000117), or the Bates number where a document starts followed by # and the page within it (ICE-2023-000100#4):</source>
        <translation>Número Bates de la página citada (p. ej., ICE-2023-000117), o el número Bates donde comienza un documento seguido de # y la página dentro de él (ICE-2023-000100#4):</translation>
    </message>
    <message>
        <source>Give the event a ref, e.g. E1.</source>
        <translation>Indique una referencia para el evento; por ejemplo, E1.</translation>
    </message>
    <message>
        <source>This client already has an event %1.</source>
        <translation>Este cliente ya tiene un evento %1.</translation>
    </message>
    <message>
        <source>Give the date of the event (2019-03-02, or 2019-03 or 2019 when only that much is known).</source>
        <translation>Indique la fecha del evento (2019-03-02, o 2019-03 o 2019 si solo se conoce esa parte).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>CBP</source>
        <translation>CBP</translation>
    </message>
    <message>
        <source>USCIS</source>
        <translation>USCIS</translation>
    </message>
    <message>
        <source>EOIR (immigration court, BIA)</source>
        <translation>EOIR (tribunal de inmigración, BIA)</translation>
    </message>
    <message>
        <source>DOS (consulate)</source>
        <translation>DOS (consulado)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Decidido &amp;por:</translation>
    </message>
</context>
<context>
    <name>rebuttal::EventTableModel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message>
        <source>Ctrl+Return opens the first cited page</source>
        <translation>Ctrl+Intro abre la primera página citada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Relied on</source>
        <translation>Se basó en</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>rebuttal::ExemptionDialog</name>
    <message>
        <source>national security</source>
        <translation>seguridad nacional</translation>
    </message>
    <message>
        <source>internal personnel rules</source>
        <translation>normas internas de personal</translation>
    </message>
    <message>
        <source>exempted by a statute</source>
        <translation>exenta por ley</translation>
    </message>
    <message>
        <source>trade secrets</source>
        <translation>secretos comerciales</translation>
    </message>
    <message>
        <source>privileged agency records</source>
        <translation>registros privilegiados de la agencia</translation>
    </message>
    <message>
        <source>personal privacy</source>
        <translation>privacidad personal</translation>
    </message>
    <message>
        <source>financial institutions</source>
        <translation>instituciones financieras</translation>
    </message>
    <message>
        <source>wells</source>
        <translation>pozos</translation>
    </message>
    <message>
        <source>law enforcement records</source>
        <translation>registros policiales</translation>
    </message>
    <message>
        <source>interference with proceedings</source>
        <translation>interferencia con procedimientos</translation>
    </message>
    <message>
        <source>right to a fair trial</source>
        <translation>derecho a un juicio justo</translation>
    </message>
    <message>
        <source>confidential source</source>
        <translation>fuente confidencial</translation>
    </message>
    <message>
        <source>techniques and procedures</source>
        <translation>técnicas y procedimientos</translation>
    </message>
    <message>
        <source>life or physical safety</source>
        <translation>vida o seguridad física</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Tick the exemptions claimed for this box, as printed on it or beside it. Leave all unticked for a box without a label.</source>
        <translation>Marque las exenciones invocadas para este recuadro, tal como aparecen impresas en él o a su lado. Deje todas sin marcar si el recuadro no tiene etiqueta.</translation>
    </message>
</context>
<context>
    <name>rebuttal::FlagCountsModel</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Decision category</source>
        <translation>Categoría de decisión</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicada</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Repatriación</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Family separation</source>
        <translation>Separación familiar</translation>
    </message>
    <message>
        <source>Asylum</source>
        <translation>Asilo</translation>
    </message>
    <message>
        <source>The allegation itself</source>
        <translation>La acusación misma</translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Agrupación</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>Todas las alertas</translation>
    </message>
</context>
<context>
    <name>rebuttal::JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>At most %1 left</source>
        <translation>Quedan como máximo %1</translation>
    </message>
    <message>
        <source>About %1 left (at most %2)</source>
        <translation>Quedan unos %1 (como máximo %2)</translation>
    </message>
</context>
<context>
    <name>rebuttal::LegalBasisView</name>
    <message>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message>
        <source>No agreements on file: import the registry (File &gt; Import Agreements) to check this client against it.</source>
        <translation>No hay acuerdos en el expediente: importe el registro (Archivo &gt; Importar acuerdos) para contrastar con él a este cliente.</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>decisión %1</translation>
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
        <source>Save a &amp;Copy...</source>
        <translation>Guardar una &amp;copia...</translation>
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
        <source>Add or update clients from a rebuttal.cases JSON or CSV file</source>
        <translation>Agregar o actualizar clientes desde un archivo rebuttal.cases en JSON o CSV</translation>
    </message>
    <message>
        <source>E&amp;xport Case Records...</source>
        <translation>E&amp;xportar registros de casos...</translation>
    </message>
    <message>
        <source>Write every client&apos;s records as rebuttal.cases JSON or CSV, e.g. for another case file</source>
        <translation>Guardar los registros de todos los clientes como rebuttal.cases en JSON o CSV; por ejemplo, para otro expediente</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>%1, page %2 (Bates %3)</source>
        <translation>%1, página %2 (Bates %3)</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message>
        <source>Case records as CSV (*.csv)</source>
        <translation>Registros de casos en CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Case Records</source>
        <translation>Exportar registros de casos</translation>
    </message>
    <message>
        <source>Cannot export the case records</source>
        <translation>No se pueden exportar los registros de casos</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n cliente a %1.</numerusform>
            <numerusform>Se exportaron %n clientes a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No imported production has the page cited as %1. Import the production that carries it (File &gt; Import Production) and the citation will open it.</source>
        <translation>Ninguna producción importada contiene la página citada como %1. Importe la producción que la contiene (Archivo &gt; Importar producción) y la cita la abrirá.</translation>
    </message>
    <message>
        <source>Case records (*.json *.csv)</source>
        <translation>Registros de casos (*.json *.csv)</translation>
    </message>
    <message>
        <source>Write the selected client&apos;s evidence summary as a PDF, for a hearing, a congressional office or a complaint</source>
        <translation>Escribir el resumen de pruebas del cliente seleccionado en PDF, para una audiencia, una oficina del Congreso o una queja</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <source>&amp;Cite as Evidence...</source>
        <translation>C&amp;itar como prueba...</translation>
    </message>
    <message>
        <source>Cite as Evidence</source>
        <translation>Citar como prueba</translation>
    </message>
    <message>
        <source>Cited %1 for %2.</source>
        <translation>Se citó %1 para %2.</translation>
    </message>
    <message>
        <source>Cannot export the summary</source>
        <translation>No se puede exportar el resumen</translation>
    </message>
    <message>
        <source>There is no client %1 in this case file.</source>
        <translation>No hay ningún cliente %1 en este expediente.</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name, printed as &quot;Prepared by&quot; on evidence summaries (Edit &gt; Preferences changes it):</source>
        <translation>Su nombre, impreso como &quot;Preparado por&quot; en los resúmenes de pruebas (Edición &gt; Preferencias lo cambia):</translation>
    </message>
    <message>
        <source>Evidence summary - %1.pdf</source>
        <translation>Resumen de pruebas - %1.pdf</translation>
    </message>
    <message>
        <source>Export Summary</source>
        <translation>Exportar resumen</translation>
    </message>
    <message>
        <source>Saved the evidence summary as %1</source>
        <translation>Resumen de pruebas guardado como %1</translation>
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
    <message>
        <source>Export C&amp;hart...</source>
        <translation>Exportar &amp;gráfico...</translation>
    </message>
    <message>
        <source>Save the Research page&apos;s current chart as a PNG or SVG image</source>
        <translation>Guardar el gráfico actual de la página Investigación como imagen PNG o SVG</translation>
    </message>
    <message>
        <source>Save outcome counts by source as CSV, without identities, counts below 5 suppressed</source>
        <translation>Guardar los recuentos de resultados por fuente en CSV, sin identidades y con los recuentos menores de 5 suprimidos</translation>
    </message>
    <message>
        <source>Save one de-identified row per client as CSV: no names, refs or dates</source>
        <translation>Guardar una fila desidentificada por cliente en CSV: sin nombres, referencias ni fechas</translation>
    </message>
    <message>
        <source>Importing case records from %1...</source>
        <translation>Importando registros de casos de %1...</translation>
    </message>
    <message>
        <source>Cite this page as evidence for an event of a client</source>
        <translation>Citar esta página como prueba de un evento de un cliente</translation>
    </message>
    <message>
        <source>There are no clients yet. Add the client and the event this page proves on the Clients page, then cite the page.</source>
        <translation>Aún no hay clientes. Agregue en la página Clientes el cliente y el evento que esta página prueba y luego cite la página.</translation>
    </message>
    <message>
        <source>Import &amp;Agreements...</source>
        <translation>Importar ac&amp;uerdos...</translation>
    </message>
    <message>
        <source>Import Agreements</source>
        <translation>Importar acuerdos</translation>
    </message>
    <message>
        <source>Agreements registries (*.json)</source>
        <translation>Registros de acuerdos (*.json)</translation>
    </message>
    <message>
        <source>Add or update the agreements (MOC, SOP, ISAA...) of a rebuttal.agreements registry</source>
        <translation>Añadir o actualizar los acuerdos (MOC, SOP, ISAA...) de un registro rebuttal.agreements</translation>
    </message>
    <message>
        <source>Veri&amp;fy Case File...</source>
        <translation>Veri&amp;ficar expediente...</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>The instruments under which foreign data was shared, and the check against them</source>
        <translation>Los instrumentos por los que se compartieron datos extranjeros, y el control frente a ellos</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Imported: some dates to check</source>
        <translation>Importado: hay fechas que revisar</translation>
    </message>
    <message>
        <source>Checking %1 for damage...</source>
        <translation>Comprobando si %1 tiene daños...</translation>
    </message>
    <message>
        <source>Verify Case File</source>
        <translation>Verificar expediente</translation>
    </message>
    <message>
        <source>The case file is damaged</source>
        <translation>El expediente está dañado</translation>
    </message>
    <message>
        <source>%1 is damaged:
%2

Open a backup copy, or save a copy of what can still be read.</source>
        <translation>%1 está dañado:
%2

Abra una copia de respaldo, o guarde una copia de lo que aún se puede leer.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Comprobación cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>No damage found in %1: the database and %n stored file(s) were checked.</source>
        <translation>
            <numerusform>No se encontraron daños en %1: se comprobaron la base de datos y %n archivo guardado.</numerusform>
            <numerusform>No se encontraron daños en %1: se comprobaron la base de datos y %n archivos guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the case file</source>
        <translation>No se puede leer el expediente</translation>
    </message>
    <message>
        <source>%1 was imported, but these pages could not be analysed in full:
%2</source>
        <translation>Se importó %1, pero estas páginas no se pudieron analizar por completo:
%2</translation>
    </message>
    <message>
        <source>Write a copy of the open case file, everything in it, and check it table by table against the original, e.g. for a backup</source>
        <translation>Escribir una copia del expediente abierto, con todo su contenido, y comprobarla tabla por tabla contra el original, p. ej. como copia de seguridad</translation>
    </message>
    <message>
        <source>Copying %1 and checking the copy...</source>
        <translation>Copiando %1 y comprobando la copia...</translation>
    </message>
    <message numerus="yes">
        <source>Saved a copy as %1: %n row(s), every table checked against the case file.</source>
        <translation>
            <numerusform>Se guardó una copia como %1: %n fila, cada tabla comprobada contra el expediente.</numerusform>
            <numerusform>Se guardó una copia como %1: %n filas, cada tabla comprobada contra el expediente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a Copy cancelled; nothing was written.</source>
        <translation>Se canceló Guardar una copia; no se escribió nada.</translation>
    </message>
    <message>
        <source>Connect to &amp;Server...</source>
        <translation>Conec&amp;tar a un servidor...</translation>
    </message>
    <message>
        <source>Open a matter your team keeps on a PostgreSQL server</source>
        <translation>Abrir un asunto que su equipo guarda en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Cannot open the matter</source>
        <translation>No se puede abrir el asunto</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n agreement(s).</source>
        <translation>
            <numerusform>Se importó %n acuerdo.</numerusform>
            <numerusform>Se importaron %n acuerdos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements not imported</source>
        <translation>Acuerdos no importados</translation>
    </message>
    <message>
        <source>Import cancelled; the matter on the server is unchanged.</source>
        <translation>Importación cancelada; el asunto en el servidor no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>Saved a copy as %1: %n row(s), every table checked against the matter.</source>
        <translation>
            <numerusform>Se guardó una copia como %1: %n fila, cada tabla comprobada con el asunto.</numerusform>
            <numerusform>Se guardó una copia como %1: %n filas, cada tabla comprobada con el asunto.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no client %1 in this matter.</source>
        <translation>No hay ningún cliente %1 en este asunto.</translation>
    </message>
    <message>
        <source>Cited page not found</source>
        <translation>Página citada no encontrada</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Reconnected to %1; every page was read again.</source>
        <translation>Conectado de nuevo a %1; se volvieron a leer todas las páginas.</translation>
    </message>
    <message>
        <source>Connection to %1 lost; retrying... Colleagues&apos; changes show once it is back.</source>
        <translation>Se perdió la conexión con %1; reintentando... Los cambios de los colegas aparecerán cuando vuelva.</translation>
    </message>
    <message>
        <source>The matter %1 was last used with an older version of Rebuttal (schema %2; this version needs %3).</source>
        <translation>El asunto %1 se usó por última vez con una versión anterior de Rebuttal (esquema %2; esta versión necesita el %3).</translation>
    </message>
    <message>
        <source>The matter needs an upgrade</source>
        <translation>El asunto necesita una actualización</translation>
    </message>
    <message>
        <source>Only its owner (%1) or a database administrator may upgrade it: ask them to open it once with this version. Until then, open it with the version of Rebuttal it was last used with.</source>
        <translation>Solo su propietario (%1) o un administrador de la base de datos pueden actualizarlo: pídales que lo abran una vez con esta versión. Hasta entonces, ábralo con la versión de Rebuttal con la que se usó por última vez.</translation>
    </message>
    <message>
        <source>Upgrade the matter?</source>
        <translation>¿Actualizar el asunto?</translation>
    </message>
    <message>
        <source>Upgrading the Matter</source>
        <translation>Actualización del asunto</translation>
    </message>
    <message>
        <source>Upgrading %1 on the server...</source>
        <translation>Actualizando %1 en el servidor...</translation>
    </message>
    <message>
        <source>Cannot upgrade the matter</source>
        <translation>No se puede actualizar el asunto</translation>
    </message>
    <message>
        <source>Upgrading changes the matter for the whole team: colleagues still on an older version of Rebuttal cannot open it until they update. The upgrade runs in one transaction, so if it fails or is cancelled the matter stays as it was.

Upgrade it now?</source>
        <translation>La actualización cambia el asunto para todo el equipo: los colegas que aún usen una versión anterior de Rebuttal no podrán abrirlo hasta que actualicen. La actualización se hace en una sola transacción, así que si falla o se cancela el asunto queda como estaba.

¿Actualizarlo ahora?</translation>
    </message>
    <message>
        <source>Read the whole case file or matter for damage: every page of the database (on a server: the matter&apos;s objects, grants and rows), and every stored file against its SHA-256</source>
        <translation>Leer todo el expediente o asunto en busca de daños: cada página de la base de datos (en un servidor: los objetos, permisos y filas del asunto) y cada archivo guardado frente a su SHA-256</translation>
    </message>
    <message>
        <source>Import Case R&amp;ecords...</source>
        <translation>&amp;Importar registros de casos...</translation>
    </message>
    <message>
        <source>Export Su&amp;mmary...</source>
        <translation>Exportar resu&amp;men...</translation>
    </message>
    <message>
        <source>Export De-iden&amp;tified...</source>
        <translation>Exp&amp;ortar desidentificado...</translation>
    </message>
    <message>
        <source>Ex&amp;port Research Dataset...</source>
        <translation>Exportar con&amp;junto de datos de investigación...</translation>
    </message>
    <message>
        <source>C&amp;lose Case File</source>
        <translation>C&amp;errar expediente</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <source>New case file %1</source>
        <translation>Nuevo expediente %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>The matter is damaged</source>
        <translation>El asunto está dañado</translation>
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
</context>
<context>
    <name>rebuttal::PageRenderer</name>
    <message>
        <source>This page could not be drawn: the PDF is damaged here.</source>
        <translation>No se pudo dibujar esta página: el PDF está dañado en este punto.</translation>
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
    <name>rebuttal::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Printed as &quot;Prepared by&quot; on evidence summaries and set as the PDF&apos;s author. De-identified summaries never carry it.</source>
        <translation>Se imprime como &quot;Preparado por&quot; en los resúmenes de pruebas y figura como autor del PDF. Los resúmenes desidentificados nunca lo llevan.</translation>
    </message>
</context>
<context>
    <name>rebuttal::ReadFailureState</name>
    <message>
        <source>Cannot read the case file</source>
        <translation>No se puede leer el expediente</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the matter</source>
        <translation>No se puede leer el asunto</translation>
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
    <message>
        <source>(n=%1)</source>
        <translation>(n=%1)</translation>
    </message>
    <message>
        <source>Agreement flags by program, country, decision category and year</source>
        <translation>Alertas de acuerdos por programa, país, categoría de decisión y año</translation>
    </message>
    <message>
        <source>The flags of the agreement check as of the as-of date, over every client, for the allegations the filters select. Each flag counts once in each of the four groups; a flag on the allegation itself, not on a decision, counts under &quot;The allegation itself&quot;.</source>
        <translation>Las alertas de la verificación de acuerdos a la fecha de referencia, para todos los clientes, de las acusaciones que seleccionan los filtros. Cada alerta cuenta una vez en cada uno de los cuatro grupos; una alerta sobre la acusación misma, no sobre una decisión, cuenta en &quot;La acusación misma&quot;.</translation>
    </message>
    <message>
        <source>Program, country, decision category and year</source>
        <translation>Programa, país, categoría de decisión y año</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
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
        <source>Cannot export the chart</source>
        <translation>No se puede exportar el gráfico</translation>
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
    <message>
        <source>Agreement flags</source>
        <translation>Alertas de acuerdos</translation>
    </message>
    <message>
        <source>Save counts by source (or, on the agreement flags, the flag counts) as CSV with no identities and counts below 5 shown as &lt;5</source>
        <translation>Guardar los recuentos por fuente (o, en las alertas de acuerdos, los recuentos de alertas) como CSV sin identidades y con los recuentos menores de 5 como &lt;5</translation>
    </message>
    <message>
        <source>Agreement flag counts were saved as %1, without names, A-numbers or details; counts from 1 to 4 read &lt;5.</source>
        <translation>Los recuentos de alertas de acuerdos se guardaron como %1, sin nombres, números A ni detalles; los recuentos de 1 a 4 aparecen como &lt;5.</translation>
    </message>
    <message>
        <source>Pool the outcomes of every matter on this server you may read, de-identified as for one; matters you may not read are skipped and named</source>
        <translation>Agregar los resultados de todos los asuntos de este servidor que usted puede leer, desidentificados como los de uno solo; los asuntos que no puede leer se omiten y se nombran</translation>
    </message>
    <message>
        <source>&amp;Matters:</source>
        <translation>&amp;Asuntos:</translation>
    </message>
    <message>
        <source>Cannot pool the matters</source>
        <translation>No se pueden agregar los asuntos</translation>
    </message>
    <message numerus="yes">
        <source>Pooled %n matter(s): %1.</source>
        <translation>
            <numerusform>Se agregó %n asunto: %1.</numerusform>
            <numerusform>Se agregaron %n asuntos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Se omitió %1: %2.</translation>
    </message>
    <message>
        <source>Agreement flags are shown for one matter at a time: each matter&apos;s agreements are its own</source>
        <translation>Las alertas de acuerdos se muestran de un asunto a la vez: los acuerdos de cada asunto son solo suyos</translation>
    </message>
    <message>
        <source>This matter (%1)</source>
        <translation>Este asunto (%1)</translation>
    </message>
    <message>
        <source>Every matter I may read on %1</source>
        <translation>Todos los asuntos que puedo leer en %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>País: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>Asserted from %1 to %2</source>
        <translation>Afirmadas del %1 al %2</translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>Sin filtros</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Fecha de corte: %1</translation>
    </message>
    <message>
        <source>Agreement flags de-identified</source>
        <translation>Alertas de acuerdos desidentificadas</translation>
    </message>
    <message>
        <source>Counts by source de-identified</source>
        <translation>Recuentos por fuente desidentificados</translation>
    </message>
    <message>
        <source>Research dataset</source>
        <translation>Datos de investigación</translation>
    </message>
</context>
<context>
    <name>rebuttal::ServerConnectDialog</name>
    <message>
        <source>&amp;List Matters</source>
        <translation>&amp;Listar asuntos</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Conectar al servidor</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>The server&apos;s name or address; a folder (starting with /) for a local socket</source>
        <translation>El nombre o la dirección del servidor; una carpeta (que empiece por /) para un socket local</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>predeterminado (5432)</translation>
    </message>
    <message>
        <source>your account on this computer</source>
        <translation>su cuenta en este equipo</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation>Su &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Rebuttal never asks for or stores your password. The server knows you by your own PostgreSQL login: your password, if the server wants one, comes from your ~/.pgpass or PostgreSQL service file, or the server recognises you without one (peer or Kerberos sign-in). Ask whoever runs the server which applies.</source>
        <translation>Rebuttal nunca le pide ni guarda su contraseña. El servidor le reconoce por su propio usuario de PostgreSQL: su contraseña, si el servidor la pide, sale de su ~/.pgpass o de su archivo de servicio de PostgreSQL, o el servidor le reconoce sin ella (inicio de sesión peer o Kerberos). Pregunte a quien administra el servidor cuál es su caso.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Cannot list the matters: %1</source>
        <translation>No se pueden listar los asuntos: %1</translation>
    </message>
    <message>
        <source>This login may read no matter in that database.</source>
        <translation>Este usuario no puede leer ningún asunto de esa base de datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) this login may read.</source>
        <translation>
            <numerusform>%n asunto que este usuario puede leer.</numerusform>
            <numerusform>%n asuntos que este usuario puede leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>A matter&apos;s name is lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>El nombre de un asunto lleva minúsculas, dígitos y guiones bajos, y empieza por una letra.</translation>
    </message>
</context>
<context>
    <name>rebuttal::ServerSchema</name>
    <message>
        <source>Search needs PostgreSQL&apos;s %1 extension in the database %2, and your login %4 may not create it (that takes the CREATE privilege on the database, or a superuser). Ask the database&apos;s owner (%3) to run once, in the database %2: CREATE EXTENSION %1 SCHEMA public; then try again. (The server said: %5)</source>
        <translation>La búsqueda necesita la extensión %1 de PostgreSQL en la base de datos %2, y su usuario %4 no puede crearla (hace falta el privilegio CREATE sobre la base de datos, o un superusuario). Pida al propietario de la base de datos (%3) que ejecute una vez, en la base de datos %2: CREATE EXTENSION %1 SCHEMA public; y vuelva a intentarlo. (El servidor dijo: %5)</translation>
    </message>
</context>
<context>
    <name>rebuttal::ShortcutsDialog</name>
    <message>
        <source>%1 menu</source>
        <translation>Menú %1</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Filter by action, key or place</source>
        <translation>Filtrar por acción, tecla o lugar</translation>
    </message>
</context>
<context>
    <name>rebuttal::SummaryPreviewDialog</name>
    <message>
        <source>&amp;De-identify: leave out the name, A-number, preparer and page images</source>
        <translation>&amp;Desidentificar: omitir el nombre, el número A, quien lo prepara y las imágenes de páginas</translation>
    </message>
    <message>
        <source>Evidence Summary Preview</source>
        <translation>Vista previa del resumen de pruebas</translation>
    </message>
    <message>
        <source>&amp;Save As...</source>
        <translation>&amp;Guardar como...</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Preparando el resumen…</translation>
    </message>
    <message>
        <source>Making the summary: page %1 of %2…</source>
        <translation>Preparando el resumen: página %1 de %2…</translation>
    </message>
    <message>
        <source>Drawing the preview: page %1 of %2…</source>
        <translation>Dibujando la vista previa: página %1 de %2…</translation>
    </message>
    <message>
        <source>The summary could not be made: %1</source>
        <translation>No se pudo preparar el resumen: %1</translation>
    </message>
</context>
<context>
    <name>rebuttal::TimelineView</name>
    <message>
        <source>The client&apos;s case over time. Scroll to zoom, drag to move, double-click to fit; click an evidence mark to open the cited page.</source>
        <translation>El caso del cliente a lo largo del tiempo. Desplácese para acercar o alejar, arrastre para mover, haga doble clic para ajustar; haga clic en una marca de prueba para abrir la página citada.</translation>
    </message>
    <message>
        <source>No dated allegations or events to draw yet.</source>
        <translation>Aún no hay acusaciones ni eventos con fecha para mostrar.</translation>
    </message>
</context>
<context>
    <name>rebuttal::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
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
    <message numerus="yes">
        <source>%1 (%n entry(ies))</source>
        <translation>
            <numerusform>%1 (%n entrada)</numerusform>
            <numerusform>%1 (%n entradas)</numerusform>
        </translation>
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
</context>
</TS>

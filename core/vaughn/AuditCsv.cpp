#include "AuditCsv.h"

#include "text/CsvTable.h"

namespace rebuttal {

QString AuditCsv::field(const QString &text)
{
    // Reasons and document ids come from the agency's file: never let one run as a formula.
    return CsvTable::spreadsheetField(text);
}

QByteArray AuditCsv::toCsv(const QList<AuditFinding> &findings)
{
    QStringList lines{QStringLiteral("kind,index_id,entry,entries,document_id,bates,exemptions,pages,detail")};
    for (const AuditFinding &f : findings) {
        QStringList entries, pages;
        for (const int n : f.entries)
            entries << QString::number(n);
        for (const PageRef &ref : f.pages)
            pages << (ref.bates.isEmpty() ? QString::number(ref.page) : ref.bates);
        lines << QStringList{FindingKinds::code(f.kind),
                             QString::number(f.indexId),
                             f.entry > 0 ? QString::number(f.entry) : QString(),
                             field(entries.join(QLatin1Char(' '))),
                             field(f.documentId),
                             field(f.bates),
                             field(f.exemptions.join(QStringLiteral("; "))),
                             field(pages.join(QLatin1Char(' '))),
                             field(f.detail)}
                     .join(QLatin1Char(','));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace rebuttal

// A Vaughn index as the agency wrote it: one entry per withheld document or portion, with the
// pages, the exemptions claimed and the reasons given for each exemption.
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rebuttal {

enum class Withholding { Unknown, Full, Partial };

struct VaughnEntry
{
    int number = 0;          // the entry number as printed (1-based)
    QString documentId;      // "Document Identification": often the Bates number of its first page
    Withholding withholding = Withholding::Unknown;
    QString pagesAsWritten;  // "3-5 10-12", kept as the agency wrote it
    QList<int> pages;        // expanded: page numbers within the document (its first page is 1)
    QString description;
    QStringList exemptions;  // canonical, sorted, unique
    QMap<QString, QString> justifications; // canonical code -> the reasons given for it

    friend bool operator==(const VaughnEntry &, const VaughnEntry &) = default;
};

// "full", "partial" or "" as the store and the CLI spell it.
QString withholdingCode(Withholding withholding);
Withholding withholdingFromCode(const QString &code);
// Reads a cell such as "Partial", "Withheld in Full", "RIP", "Released in part".
Withholding withholdingFromText(const QString &text);

} // namespace rebuttal

// Reads a Vaughn index laid out as a table from the positions of its words: a PDF's text layer,
// or a text file whose columns line up. The header row names the columns; cells wrap over
// several lines, rows run across page breaks and headers repeat on each page.
#pragma once

#include "domain/VaughnEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

#include <optional>

namespace rebuttal {

struct PositionedWord
{
    QString text;
    QRectF box; // any unit, origin top-left, the same for every word of a page
};

struct PositionedPage
{
    QList<PositionedWord> words;
    double height = 0; // the page's height in the words' unit; 0 when unknown (plain text)
};

class VaughnTableReader
{
    Q_DECLARE_TR_FUNCTIONS(VaughnTableReader)

public:
    // The entries, or nullopt with errorString() saying what was looked for and where.
    std::optional<QList<VaughnEntry>> read(const QList<PositionedPage> &pages);
    QString errorString() const { return m_error; }
    // Where the header row was found (1-based page), 0 before a read.
    int headerPage() const { return m_headerPage; }

    // The words of each page of a PDF, as fractions of the page: read by pdftotext in a process
    // of its own, with a time limit, so that a hostile PDF cannot take the app down; by Poppler in
    // this process only when pdftotext is not installed.
    static std::optional<QList<PositionedPage>> pdfWords(const QString &path, QString *problem);
    // The pdftotext program used, or empty when the PDF is read in this process.
    static QString pdfTool();
    // A text file whose columns line up: one "page", each character one unit wide, each line one
    // unit high. Tabs are expanded to 8 columns.
    static PositionedPage textWords(const QStringList &lines);

private:
    QString m_error;
    int m_headerPage = 0;
};

} // namespace rebuttal

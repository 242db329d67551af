#include "VaughnTextReader.h"

#include "PageList.h"
#include "VaughnColumn.h"
#include "VaughnTableReader.h"
#include "domain/ExemptionLabel.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace rebuttal {

namespace {

int entryNumberOf(const QString &line)
{
    static const QRegularExpression number(QStringLiteral("^(\\d{1,5})\\.?$"));
    const QRegularExpressionMatch m = number.match(line);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// A document identification: a Bates number, a control number, "Doc 12"; short and with a digit.
bool looksLikeDocumentId(const QString &line)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._/#:–-]{1,60}$"));
    return shape.match(line).hasMatch() && line.contains(QRegularExpression(QStringLiteral("\\d")))
        && line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 5 && entryNumberOf(line) == 0
        && ExemptionLabel::codesIn(line).isEmpty();
}

// A heading in capitals after a finished sentence: the start of the released documents that often
// follow an index in the same file ("MEMORANDUM OF COOPERATION").
bool isCapitalHeading(const QString &line)
{
    int letters = 0;
    for (const QChar c : line) {
        if (c.isLower())
            return false;
        letters += c.isLetter();
    }
    return letters >= 8 && line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 2;
}

QList<int> nonEmpty(const QStringList &lines)
{
    QList<int> indices;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            indices << i;
    }
    return indices;
}

// An entry starts with its number alone on a line (the k-th filled one), then a document
// identification, then Full/Partial or the pages.
bool startsAnEntry(const QStringList &lines, const QList<int> &filled, int k, int lastNumber)
{
    const int number = entryNumberOf(lines.at(filled.at(k)));
    if (number <= lastNumber || k + 2 >= filled.size())
        return false;
    const QString document = lines.at(filled.at(k + 1));
    const QString next = lines.at(filled.at(k + 2));
    return looksLikeDocumentId(document)
        && (withholdingFromText(next) != Withholding::Unknown || PageList::isPageReference(next, document));
}

} // namespace

QString VaughnTextReader::decoded(const QByteArray &raw)
{
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

std::optional<QList<VaughnEntry>> VaughnTextReader::read(const QString &text)
{
    m_error.clear();
    QString source = text;
    source.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    source.replace(QLatin1Char('\f'), QLatin1Char('\n'));
    const QStringList lines = source.split(QLatin1Char('\n'));

    // Columns that line up are a table; try that first.
    VaughnTableReader table;
    if (std::optional<QList<VaughnEntry>> entries = table.read({VaughnTableReader::textWords(lines)}))
        return entries;
    return readStacked(lines);
}

int VaughnTextReader::headerLineOf(const QStringList &lines, const QList<int> &filled)
{
    // The header: the column names, wherever they stand before the first entry.
    int headerLine = -1;
    QList<VaughnColumn> named;
    for (int k = 0; k < filled.size() && k < 200; ++k) {
        const VaughnColumn column = VaughnColumnName::columnOf(lines.at(filled.at(k)));
        if (column == VaughnColumn::None || named.contains(column))
            continue;
        named << column;
        if (named.size() >= 2 && headerLine < 0)
            headerLine = filled.at(k);
    }
    if (named.size() < 2) {
        m_error = tr("no Vaughn index found: looked for a header naming the columns Entry, Document Identification, "
                     "Withholding, Pages, Description and Exemption(s) in lines 1-%1")
                      .arg(std::min<qsizetype>(lines.size(), filled.value(std::min<qsizetype>(filled.size(), 200) - 1) + 1));
        return -1;
    }
    return headerLine;
}

std::optional<QList<VaughnEntry>> VaughnTextReader::readStacked(const QStringList &rawLines)
{
    QStringList lines;
    for (const QString &line : rawLines)
        lines << line.trimmed();
    const QList<int> filled = nonEmpty(lines);

    const int headerLine = headerLineOf(lines, filled);
    if (headerLine < 0)
        return std::nullopt;
    auto startsEntry = [&](int k, int lastNumber) { return startsAnEntry(lines, filled, k, lastNumber); };

    QList<VaughnEntry> entries;
    VaughnRow row;
    bool inRow = false;
    bool outside = false; // past the end of the index (the documents that follow it)
    int lastNumber = 0;
    QString previous;
    auto finishRow = [&] {
        if (inRow)
            entries << row.toEntry(int(entries.size()) + 1);
        row = VaughnRow{};
        inRow = false;
    };
    for (int k = 0; k < filled.size(); ++k) {
        const QString &line = lines.at(filled.at(k));
        if (filled.at(k) >= headerLine && startsEntry(k, lastNumber)) {
            finishRow();
            inRow = true;
            outside = false;
            lastNumber = entryNumberOf(line);
            row.append(VaughnColumn::Entry, QString::number(lastNumber));
            const QString document = lines.at(filled.at(++k));
            row.append(VaughnColumn::Document, document);
            if (k + 1 < filled.size() && withholdingFromText(lines.at(filled.at(k + 1))) != Withholding::Unknown
                && !PageList::isPageReference(lines.at(filled.at(k + 1)), document)) {
                row.append(VaughnColumn::Withholding, lines.at(filled.at(++k)));
            }
            while (k + 1 < filled.size() && PageList::isPageReference(lines.at(filled.at(k + 1)), document))
                row.append(VaughnColumn::Pages, lines.at(filled.at(++k)));
            previous.clear();
            continue;
        }
        if (!inRow || outside)
            continue;
        if (entryNumberOf(line) > 0 || VaughnColumnName::isHeaderVocabulary(line))
            continue; // page numbers and repeated headers
        if (ExemptionLabel::isLabel(line) && !ExemptionLabel::codesIn(line).isEmpty()) {
            row.append(VaughnColumn::Exemptions, line);
            continue;
        }
        const bool sentenceEnded = previous.isEmpty() || previous.endsWith(QLatin1Char('.')) || previous.endsWith(QLatin1Char(':'));
        if (sentenceEnded && isCapitalHeading(line) && row.cells.value(VaughnColumn::Description).contains(QLatin1Char(':'))) {
            outside = true;
            continue;
        }
        row.append(VaughnColumn::Description, line);
        previous = line;
    }
    finishRow();
    if (entries.isEmpty()) {
        m_error = tr("found a Vaughn index header at line %1 but no numbered entry after it (an entry number alone on a "
                     "line, then the document identification, then Full/Partial or the pages)")
                      .arg(headerLine + 1);
        return std::nullopt;
    }
    return entries;
}

} // namespace rebuttal

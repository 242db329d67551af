// What the analysis of one production page found: text, Bates stamp, withholding, redactions.
#pragma once

#include <QDataStream>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace rebuttal {

struct DetectedRedaction
{
    QRectF box;             // fractions of the page, origin top-left
    QStringList exemptions; // canonical codes
    QString label;          // the label as printed, when one was read
    QString textUnderBox;   // text still extractable under the box; empty when it was removed

    friend bool operator==(const DetectedRedaction &, const DetectedRedaction &) = default;
};

enum class TextSource { Layer, Ocr, None };

struct PageAnalysis
{
    int page = 0; // 1-based
    QSizeF sizePt;
    QString text;
    TextSource textSource = TextSource::None;
    QString bates;
    bool imageOnly = false;
    bool withheldInFull = false;
    QStringList pageExemptions; // exemptions on the page outside boxes: withholding notices, lone labels
    QList<DetectedRedaction> redactions;
    QString problem;            // set when the page could not be analysed (it is then kept, empty)

    // Every exemption applied on the page: the boxes' and the page's own, canonical and sorted.
    QStringList exemptions() const;
};

QDataStream &operator<<(QDataStream &out, const DetectedRedaction &redaction);
QDataStream &operator>>(QDataStream &in, DetectedRedaction &redaction);
QDataStream &operator<<(QDataStream &out, const PageAnalysis &page);
QDataStream &operator>>(QDataStream &in, PageAnalysis &page);

} // namespace rebuttal

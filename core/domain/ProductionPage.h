// One page of a FOIA production and its redactions: what the analysis found, and what the case
// file holds (the same values, with the store's ids and the user's corrections).
#pragma once

#include <QDataStream>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace rebuttal {

struct Redaction
{
    QRectF box;             // fractions of the page, origin top-left
    QStringList exemptions; // canonical codes
    QString label;          // the label as printed, when one was read
    QString textUnderBox;   // text still extractable under the box; empty when it was removed
    bool drawnByUser = false; // a box the user added
    bool codesByUser = false; // codes the user set on a detected box
    qint64 id = 0;            // the store's id; 0 until stored
    qint64 version = 0;       // the store's row version when it was read (a correction is saved against it); 0 until stored

    friend bool operator==(const Redaction &, const Redaction &) = default;
};

enum class TextSource { Layer, Ocr, None };

struct ProductionPage
{
    qint64 id = 0;  // the store's id; 0 until stored
    int number = 0; // 1-based
    QSizeF sizePt;
    QString text;   // the store's page lists leave it out (DocumentCatalog::pageText reads it)
    TextSource textSource = TextSource::None;
    QString bates;
    bool imageOnly = false;
    bool withheldInFull = false;
    bool withheldByUser = false;
    QStringList pageExemptions; // exemptions on the page outside boxes: withholding notices, lone labels
    QList<Redaction> redactions;
    QString problem;            // set when the page could not be analysed (it is then kept, empty)

    // Every exemption applied on the page: the boxes' and the page's own, canonical and sorted.
    QStringList exemptions() const;
    // A box with text still under it.
    bool hasBadRedaction() const;
};

// The worker protocol's form of an analysed page: the analysis only (no ids, no user corrections).
QDataStream &operator<<(QDataStream &out, const Redaction &redaction);
QDataStream &operator>>(QDataStream &in, Redaction &redaction);
QDataStream &operator<<(QDataStream &out, const ProductionPage &page);
QDataStream &operator>>(QDataStream &in, ProductionPage &page);

} // namespace rebuttal

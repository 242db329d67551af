// Ticks the FOIA exemptions claimed for a redaction box from the list of codes ((b)(1) to (b)(9),
// (b)(7)(A) to (F)), rather than typing them; Tab and Space work it from the keyboard.
#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;

namespace rebuttal {

class ExemptionDialog : public QDialog
{
    Q_OBJECT

public:
    // `codes`: the canonical codes ticked at first. Each box is named by its code (objectName).
    ExemptionDialog(const QString &title, const QStringList &codes, QWidget *parent = nullptr);

    // The ticked codes, canonical and in canonical order; empty for a box without a label.
    QStringList codes() const;

    // Every code offered, in order.
    static QStringList allCodes();

private:
    QList<QCheckBox *> m_boxes;
};

} // namespace rebuttal

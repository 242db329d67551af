// Colours of the research charts: one per source and one per outcome, from the Okabe-Ito set
// (as ExemptionPalette), told apart by people with the common forms of colour blindness.
#pragma once

#include <QColor>
#include <QString>

namespace rebuttal {

class ResearchPalette
{
public:
    static QColor source(const QString &code);
    // For outcome series (event type codes) and the plain count columns.
    static QColor outcome(const QString &key);
};

} // namespace rebuttal

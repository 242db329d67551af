// Which box each label standing above or below boxes belongs to, when a label could be either of
// two boxes' (a label between two boxes, a column of boxes each labelled on the same side).
#pragma once

#include <QList>

namespace rebuttal {

class LabelAssignment
{
public:
    // A label this far from a box cannot be its label.
    static constexpr double kOutOfReach = -1;

    // `gaps[label][box]`: how far the label stands from the box (or kOutOfReach). Each box takes
    // one label; as many labels as can be are placed, and of the ways to place them the one whose
    // gaps add up least. Returns each label's box, -1 for none.
    static QList<int> closest(const QList<QList<double>> &gaps);
};

} // namespace rebuttal

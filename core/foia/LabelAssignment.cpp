#include "LabelAssignment.h"

#include <limits>
#include <vector>

namespace rebuttal {

QList<int> LabelAssignment::closest(const QList<QList<double>> &gaps)
{
    const int labels = int(gaps.size());
    if (labels == 0)
        return {};
    const int boxes = int(gaps.first().size());
    // A column "no box" for each label. Leaving a label without its box costs more than any gap
    // within reach, so a placement that leaves a label out is never the cheaper one.
    const int columns = boxes + labels;
    constexpr double kUnplaced = 1e3;
    constexpr double kForbidden = 1e9;
    auto cost = [&](int label, int column) {
        if (column >= boxes)
            return kUnplaced;
        const double gap = gaps[label][column];
        return gap < 0 ? kForbidden : gap;
    };
    // The Hungarian method with potentials: rows (labels) and columns counted from 1, column 0
    // the row being placed.
    const double infinity = std::numeric_limits<double>::infinity();
    std::vector<double> rowPotential(labels + 1, 0), columnPotential(columns + 1, 0);
    std::vector<int> rowOf(columns + 1, 0), previous(columns + 1, 0);
    for (int row = 1; row <= labels; ++row) {
        rowOf[0] = row;
        int column = 0;
        std::vector<double> least(columns + 1, infinity);
        std::vector<bool> used(columns + 1, false);
        do {
            used[column] = true;
            const int current = rowOf[column];
            double delta = infinity;
            int next = 0;
            for (int j = 1; j <= columns; ++j) {
                if (used[j])
                    continue;
                const double reduced = cost(current - 1, j - 1) - rowPotential[current] - columnPotential[j];
                if (reduced < least[j]) {
                    least[j] = reduced;
                    previous[j] = column;
                }
                if (least[j] < delta) {
                    delta = least[j];
                    next = j;
                }
            }
            for (int j = 0; j <= columns; ++j) {
                if (used[j]) {
                    rowPotential[rowOf[j]] += delta;
                    columnPotential[j] -= delta;
                } else {
                    least[j] -= delta;
                }
            }
            column = next;
        } while (rowOf[column] != 0);
        do {
            const int before = previous[column];
            rowOf[column] = rowOf[before];
            column = before;
        } while (column != 0);
    }
    QList<int> boxOf(labels, -1);
    for (int j = 1; j <= boxes; ++j) {
        if (rowOf[j] != 0 && cost(rowOf[j] - 1, j - 1) < kForbidden)
            boxOf[rowOf[j] - 1] = j - 1;
    }
    return boxOf;
}

} // namespace rebuttal

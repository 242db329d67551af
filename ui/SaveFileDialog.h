// The "save as" file dialog behind one seam, as MessageBox is for messages: in tests no dialog
// opens and a path set beforehand is the answer.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace rebuttal {

class SaveFileDialog
{
public:
    // The chosen path, or an empty string when the user cancels. `selectedFilter` (optional)
    // gets the filter the user picked.
    static QString ask(QWidget *parent, const QString &caption, const QString &suggestion, const QString &filters,
                       QString *selectedFilter = nullptr);

    // Test seam: every ask() answers `path` (empty: the user cancels) and is recorded by caption.
    static void setAutomatic(bool automatic, const QString &path = {});
    static QStringList recordedCaptions();
    // The file names ask() suggested, in order (the folder left out).
    static QStringList recordedSuggestions();
};

} // namespace rebuttal

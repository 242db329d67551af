#include "SaveFileDialog.h"

#include <QFileDialog>
#include <QFileInfo>

namespace rebuttal {

namespace {
bool s_automatic = false;
QString s_path;
QStringList s_captions;
QStringList s_suggestions;
} // namespace

QString SaveFileDialog::ask(QWidget *parent, const QString &caption, const QString &suggestion, const QString &filters,
                            QString *selectedFilter)
{
    if (s_automatic) {
        s_captions << caption;
        s_suggestions << QFileInfo(suggestion).fileName();
        return s_path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestion, filters, selectedFilter);
}

void SaveFileDialog::setAutomatic(bool automatic, const QString &path)
{
    s_automatic = automatic;
    s_path = path;
}

QStringList SaveFileDialog::recordedCaptions()
{
    return s_captions;
}

QStringList SaveFileDialog::recordedSuggestions()
{
    return s_suggestions;
}

} // namespace rebuttal

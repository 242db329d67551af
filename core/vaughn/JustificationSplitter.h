// Splits the text of a Vaughn entry into its description and the reasons given per exemption,
// on the headings agencies use: "Redacted Information per (b)(5):", "Exemption (b)(7)(E):",
// "(b)(6):".
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace rebuttal {

class JustificationSplitter
{
public:
    struct Parts
    {
        QString description;                   // the text before the first heading
        QMap<QString, QString> justifications; // canonical code -> reasons
    };

    // `claimed` are the entry's exemptions: when the text has no headings at all, it is the
    // reasons for them (all of them when it names none, else the ones each paragraph names).
    static Parts split(const QString &text, const QStringList &claimed, bool textIsReasons);

    // The canonical codes a heading line names, or none when the line is not a heading.
    // `rest` receives what follows the heading's colon on the same line.
    static QStringList headingCodes(const QString &line, QString *rest = nullptr);
};

} // namespace rebuttal

// The options a command was given, by name (a flag maps to an empty value), and every option any
// command can take, so each command lists only their names.
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace rebuttal {

class CommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    CommandOptions() = default;
    explicit CommandOptions(QHash<QString, QString> values)
        : m_values(std::move(values))
    {
    }

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }

    static QCommandLineOption store();
    // The option called `name` (json, csv, password, as-of, out, client, deidentify).
    static QCommandLineOption named(const QString &name);

private:
    QHash<QString, QString> m_values;
};

} // namespace rebuttal

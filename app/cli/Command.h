// One rebuttal-cli command: its name, synopsis, one-line description, the options it takes and
// what it does. Every command is registered once, in CommandTable; usage and --help come from it.
#pragma once

#include <QString>
#include <QStringList>

namespace rebuttal {

class Invocation;
class CommandOptions;

class Command
{
public:
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    const QString &name() const { return m_name; }
    const QString &arguments() const { return m_arguments; } // shown after the name in usage
    const QString &description() const { return m_description; }
    const QStringList &options() const { return m_options; } // besides --store and --help; see CommandOptions

    // Whether, with these options, the command only reads the case file: it is then opened
    // read-only, so the command works on a case file nobody may write.
    virtual bool onlyReads(const CommandOptions &options) const;
    // Whether the command works on the store --store names (copy names two stores of its own).
    virtual bool needsStore() const { return true; }
    // Runs on `arguments` (the positional ones after the name); returns the exit code.
    virtual int run(Invocation &invocation, const QStringList &arguments) const = 0;

    // The text of `rebuttal-cli COMMAND --help`.
    QString helpText() const;

protected:
    Command(QString name, QString arguments, QString description, QStringList options = {});

private:
    QString m_name;
    QString m_arguments;
    QString m_description;
    QStringList m_options;
};

} // namespace rebuttal

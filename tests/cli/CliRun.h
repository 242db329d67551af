// Runs rebuttal-cli (or another program) and keeps its exit code, standard output and standard
// error: the one way every CLI test calls the binary.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace rebuttal::test {

struct CliRun
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// `childSetup`, if given, runs in the child between fork and exec (resource limits).
inline CliRun runProgram(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                         const std::function<void()> &childSetup = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(program, arguments);
    CliRun result;
    // Generous: sanitized builds on a busy machine are slow; a hang still fails the test.
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline CliRun cli(const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                  const std::function<void()> &childSetup = {})
{
    return runProgram(QStringLiteral(REBUTTAL_CLI_PATH), arguments, environment, childSetup);
}

} // namespace rebuttal::test

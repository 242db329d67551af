// Commands on the case file itself: init, log, verify; grant (a server matter's readers and editors);
// copy (a matter from one store to another).
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebuttal {

class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    InitCommand();
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

class LogCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    LogCommand();
    bool onlyReads(const CommandOptions &) const override { return true; }
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

class GrantCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    GrantCommand();
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    VerifyCommand();
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

class CopyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    CopyCommand();
    bool needsStore() const override { return false; }
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

} // namespace rebuttal

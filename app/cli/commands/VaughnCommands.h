// Commands on Vaughn indexes: vaughns, vaughn, audit.
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebuttal {

class VaughnsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    VaughnsCommand();
    bool onlyReads(const CommandOptions &) const override { return true; }
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

class VaughnCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    VaughnCommand();
    bool onlyReads(const CommandOptions &) const override { return true; }
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

class AuditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    AuditCommand();
    bool onlyReads(const CommandOptions &) const override { return true; }
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

} // namespace rebuttal

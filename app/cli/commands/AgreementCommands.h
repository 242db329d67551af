// Commands on the agreements registry: agreements, check, requests (import and export: ImportCommand, ExportCommand).
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebuttal {

class AgreementsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    AgreementsCommand();
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    CheckCommand();
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

class RequestsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    RequestsCommand();
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

} // namespace rebuttal

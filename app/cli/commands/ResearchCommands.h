// Research commands: stats (JSON, or de-identified CSV), dataset, chart.
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebuttal {

class StatsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    StatsCommand();
    // stats --csv is an export and is logged; stats --json only reads.
    bool onlyReads(const CommandOptions &options) const override;
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

class DatasetCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    DatasetCommand();
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

class ChartCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    ChartCommand();
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

} // namespace rebuttal

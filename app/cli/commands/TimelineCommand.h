// timeline CLIENT_REF: a client's allegations and events in date order, with days detained and separated.
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rebuttal {

class TimelineCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    TimelineCommand();
    bool onlyReads(const CommandOptions &) const override { return true; }
    int run(Invocation &invocation, const QStringList &arguments) const override;
};

} // namespace rebuttal

// Every rebuttal-cli command, registered once, in the order usage lists them.
#pragma once

#include "Command.h"

#include <QTextStream>

#include <memory>
#include <vector>

namespace rebuttal {

class CommandTable
{
public:
    static const std::vector<std::unique_ptr<Command>> &commands();
    // The command called `name`, or null.
    static const Command *find(const QString &name);
    // The usage and every command's synopsis and description.
    static void printUsage(QTextStream &err);
};

} // namespace rebuttal

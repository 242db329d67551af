// Sets environment variables for as long as it lives, then puts back what was there: the PDF
// workers a test starts inherit them (REBUTTAL_PDF_WORKER, the test worker's crash and hang seams).
#pragma once

#include <QByteArray>
#include <QList>

#include <initializer_list>
#include <optional>
#include <utility>

namespace rebuttal::test {

class ScopedEnvironment
{
public:
    ScopedEnvironment(std::initializer_list<std::pair<const char *, QByteArray>> values)
    {
        for (const auto &[name, value] : values) {
            m_before << Before{name, qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name)) : std::nullopt};
            qputenv(name, value);
        }
    }
    ~ScopedEnvironment()
    {
        for (const Before &before : m_before) {
            if (before.value)
                qputenv(before.name, *before.value);
            else
                qunsetenv(before.name);
        }
    }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    struct Before
    {
        const char *name;
        std::optional<QByteArray> value;
    };
    QList<Before> m_before;
};

} // namespace rebuttal::test

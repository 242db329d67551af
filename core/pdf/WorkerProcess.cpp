#include "WorkerProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace rebuttal {

namespace {

// One OCR thread per worker: the import already runs a worker per core, and Tesseract's OpenMP
// threads on top of that only spin against each other. libgomp reads the limit when it is loaded,
// before the worker's main() runs, so it must be in the environment the worker starts with.
QProcessEnvironment workerEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    return environment;
}

// A killed worker is gone at once; this bounds the wait should the system be slow to reap it.
constexpr int kReapMs = 2000;

} // namespace

QString WorkerProcess::program()
{
    const QString name = QStringLiteral("rebuttal-pdf-worker");
    if (const QString override = qEnvironmentVariable("REBUTTAL_PDF_WORKER"); !override.isEmpty())
        return override;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QDir(QStringLiteral(REBUTTAL_LIBEXEC_DIR)).filePath(name);
}

bool WorkerProcess::isInstalled()
{
    return QFileInfo(program()).isExecutable();
}

WorkerProcess::WorkerProcess() = default;

WorkerProcess::~WorkerProcess()
{
    stop();
}

void WorkerProcess::start(const QStringList &arguments, const QByteArrayList &input)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // The worker's stderr is Poppler's and Tesseract's chatter about a hostile file: nobody reads it.
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_process->setProcessEnvironment(workerEnvironment());
    m_buffer.clear();
    m_process->start(program(), arguments);
    for (const QByteArray &piece : input)
        m_process->write(piece);
    m_sinceExchange.start();
}

void WorkerProcess::send(const QByteArray &bytes)
{
    if (!m_process)
        return;
    m_process->write(bytes);
    m_sinceExchange.restart();
}

void WorkerProcess::closeInput()
{
    if (m_process)
        m_process->closeWriteChannel();
}

void WorkerProcess::receive(int waitMs)
{
    if (!m_process)
        return;
    m_process->waitForReadyRead(waitMs);
    m_buffer += m_process->readAllStandardOutput();
}

std::optional<WorkerMessage> WorkerProcess::takeMessage()
{
    std::optional<WorkerMessage> message = WorkerMessage::takeFrame(m_buffer);
    if (message)
        m_sinceExchange.restart();
    return message;
}

bool WorkerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool WorkerProcess::hasEnded() const
{
    return !isRunning() && (!m_process || m_process->bytesAvailable() == 0);
}

void WorkerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(kReapMs);
    }
    m_process.reset();
}

void WorkerProcess::finish(int waitMs)
{
    if (m_process && m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(waitMs))
        stop();
}

} // namespace rebuttal

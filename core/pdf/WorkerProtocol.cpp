#include "WorkerProtocol.h"

#include <QDataStream>

namespace rebuttal {

namespace {
constexpr qint32 kMaxFrame = 64 * 1024 * 1024; // a page's text and boxes never come near this
}

QByteArrayList WorkerMessage::serveOpening(const QByteArray &pdf, const QByteArray &password)
{
    return {password + '\n' + QByteArray::number(pdf.size()) + '\n', pdf};
}

QByteArrayList WorkerMessage::analysisOpening(const QString &source, const QByteArray &pdf, const QByteArray &password)
{
    if (source == QLatin1String("-"))
        return serveOpening(pdf, password);
    return {password + '\n'};
}

QByteArray WorkerMessage::analyseRequest(int pageIndex)
{
    return "A " + QByteArray::number(pageIndex) + '\n';
}

std::optional<int> WorkerMessage::analysedPage(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    if (!trimmed.startsWith("A "))
        return std::nullopt;
    bool ok = false;
    const int page = trimmed.mid(2).toInt(&ok);
    if (!ok || page < 0)
        return std::nullopt;
    return page;
}

QByteArray WorkerMessage::renderRequest(int pageIndex, int width, qint64 requestId)
{
    return QStringLiteral("R %1 %2 %3\n").arg(pageIndex).arg(width).arg(requestId).toUtf8();
}

QByteArray WorkerMessage::findRequest(int pageIndex, const QString &term, qint64 requestId)
{
    return QStringLiteral("F %1 %2 %3\n").arg(pageIndex).arg(requestId).arg(term.simplified()).toUtf8();
}

QByteArray WorkerMessage::toFrame() const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << qint32(kind) << pageCount << problem << pageIndex;
        if (kind == Kind::Page)
            out << page;
        if (kind == Kind::Rendered)
            out << requestId << image;
        if (kind == Kind::Found)
            out << requestId << areas;
    }
    QByteArray frame;
    QDataStream header(&frame, QIODevice::WriteOnly);
    header << qint32(payload.size());
    return frame + payload;
}

std::optional<WorkerMessage> WorkerMessage::takeFrame(QByteArray &buffer)
{
    if (buffer.size() < 4)
        return std::nullopt;
    qint32 size = 0;
    {
        QDataStream header(buffer.left(4));
        header >> size;
    }
    WorkerMessage message;
    if (size < 0 || size > kMaxFrame) {
        buffer.clear();
        message.problem = -1;
        return message;
    }
    if (buffer.size() < 4 + size)
        return std::nullopt;
    const QByteArray payload = buffer.mid(4, size);
    buffer.remove(0, 4 + size);
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    qint32 kind = 0;
    in >> kind >> message.pageCount >> message.problem >> message.pageIndex;
    message.kind = Kind(kind);
    if (message.kind == Kind::Page)
        in >> message.page;
    if (message.kind == Kind::Rendered)
        in >> message.requestId >> message.image;
    if (message.kind == Kind::Found)
        in >> message.requestId >> message.areas;
    if (in.status() != QDataStream::Ok || kind < 1 || kind > 6) {
        message.kind = Kind::Finished;
        message.problem = -1;
    }
    return message;
}

} // namespace rebuttal

import 'reflect-metadata';
import * as crypto from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json, type NextFunction, type Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from './config/config';
import type { Connections } from './infra/services';
import { AppModule, type AppOptions } from './app.module';
import { JsonLogger } from './common/logger';
import { createValidationPipe } from './common/validation';
import { sendError } from './common/error-response';
import type { AppRequest } from './common/request-context';

/**
 * Builds the HTTP application: the same code for `npm start` and the tests. The database must
 * already be prepared (migrations, reference and demo data: see prepareDatabase).
 */
export async function createApp(config: AppConfig, connections: Connections, logger: JsonLogger, options: AppOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, connections, logger, options), {
    logger,
    bodyParser: false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use((req: AppRequest, res: Response, next: NextFunction) => {
    req.requestId = crypto.randomUUID();
    res.setHeader('X-Request-Id', req.requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // Method, route pattern, status and time: never the query string or body, which may hold personal data.
      // Health polls are debug, so a watching load balancer does not drown the log.
      logger.event(req.path === '/api/health' && res.statusCode < 500 ? 'debug' : 'info', 'request', {
        requestId: req.requestId,
        method: req.method,
        route: req.route?.path ?? (req.path.startsWith('/api') ? 'unmatched' : 'static'),
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
      });
    });
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(json({ limit: '1mb' }));
  // Body-parser errors never reach Nest's filters: answer them here, in the caller's language.
  app.use((err: { type?: string; status?: number } | undefined, req: AppRequest, res: Response, next: NextFunction) => {
    if (!err) return next();
    if (err.type === 'entity.parse.failed') return sendError(req, res, 'MALFORMED_JSON');
    if (err.type === 'entity.too.large') return sendError(req, res, 'PAYLOAD_TOO_LARGE');
    if (err.status && err.status >= 400 && err.status < 500) return sendError(req, res, 'VALIDATION_FAILED');
    return next(err);
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());

  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Jobbrygga API')
      .setDescription('Placements, learners, matching and reports for Swedish municipalities. Errors are `{ code, message }` in the caller\'s language (Accept-Language: sv, en, ar).')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
  await app.init();
  return app;
}

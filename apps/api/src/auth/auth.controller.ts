import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@jobbrygga/domain';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import { clientIp, type AppRequest, type AuthUser } from '../common/request-context';
import { AuthService } from './auth.service';
import { AllowDuringTotpSetup } from './auth.guard';
import { EmailBody, InvitationView, LoginBody, MeView, NewPasswordBody, RefreshBody, TokenPairView, TokenParam, TotpCodeBody, TotpSetupView, UpdateMeBody } from './dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairView })
  login(@Body() body: LoginBody, @Req() req: AppRequest) {
    return this.auth.login(body.email, body.password, body.totpCode, clientIp(req));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairView })
  refresh(@Body() body: RefreshBody) {
    return this.auth.refresh(body.refreshToken);
  }

  /** Holding the refresh token is proof enough: logout works even after the access token expired. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@Body() body: RefreshBody) {
    await this.auth.logout(body.refreshToken);
  }

  @Roles(...ROLES)
  @AllowDuringTotpSetup()
  @Get('me')
  @ApiOkResponse({ type: MeView })
  me(@CurrentUser() user: AuthUser) {
    return this.auth.me(user);
  }

  @Roles(...ROLES)
  @AllowDuringTotpSetup()
  @Patch('me')
  @ApiOkResponse({ type: MeView })
  updateMe(@CurrentUser() user: AuthUser, @Body() body: UpdateMeBody) {
    return this.auth.updateMe(user, body);
  }

  @Public()
  @Get('invitations/:token')
  @ApiOkResponse({ type: InvitationView })
  inspectInvitation(@Param() params: TokenParam) {
    return this.auth.inspectInvitation(params.token);
  }

  @Public()
  @Post('invitations/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairView })
  acceptInvitation(@Body() body: NewPasswordBody) {
    return this.auth.acceptInvitation(body.token, body.password);
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Always 202: whether the address has an account is not revealed' })
  async requestPasswordReset(@Body() body: EmailBody) {
    await this.auth.requestPasswordReset(body.email);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiNoContentResponse()
  async confirmPasswordReset(@Body() body: NewPasswordBody) {
    await this.auth.confirmPasswordReset(body.token, body.password);
  }

  @Roles(...ROLES)
  @AllowDuringTotpSetup()
  @Post('totp/setup')
  @HttpCode(200)
  @ApiOkResponse({ type: TotpSetupView })
  totpSetup(@CurrentUser() user: AuthUser) {
    return this.auth.startTotpSetup(user);
  }

  @Roles(...ROLES)
  @AllowDuringTotpSetup()
  @Post('totp/enable')
  @HttpCode(204)
  async totpEnable(@CurrentUser() user: AuthUser, @Body() body: TotpCodeBody) {
    await this.auth.enableTotp(user, body.code);
  }

  @Roles(...ROLES)
  @Post('totp/disable')
  @HttpCode(204)
  async totpDisable(@CurrentUser() user: AuthUser, @Body() body: TotpCodeBody) {
    await this.auth.disableTotp(user, body.code);
  }
}

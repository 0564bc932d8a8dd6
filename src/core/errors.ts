// A mistake of the user's (bad option, unknown file), as opposed to a bug: carries a German message.

export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
